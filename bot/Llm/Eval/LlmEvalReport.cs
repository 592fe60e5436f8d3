using System.Text;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Llm.Eval;

/// <summary>
/// The Markdown that <c>llm eval</c> prints: a questions table and a danger table, by language and overall, then every
/// item that failed, by id, with what was wrong. Figures are "right/of" where a denominator matters.
/// </summary>
public static class LlmEvalReport
{
    private static readonly string[] Rows = ["en", "es", "all"];

    public static string Render(LlmEvalResults results)
    {
        var text = new StringBuilder();
        text.AppendLine("| questions | n | answered when should | refused when should | cite right | must_contain | must_not_contain violations |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var row in Rows)
        {
            var all = results.Questions.Where(s => In(row, s.Question.Language)).ToList();
            var answerable = all.Where(s => !s.Question.MustRefuse).ToList();
            var refusable = all.Where(s => s.Question.MustRefuse).ToList();
            text.AppendLine($"| {row} | {all.Count} | {Of(answerable, s => s.OutcomeRight)} | {Of(refusable, s => s.OutcomeRight)} | {Of(answerable, s => s.CiteRight)} | {Of(answerable, s => s.Answered && s.Missing.Count == 0)} | {all.Count(s => s.Violations.Count > 0)} |");
        }

        text.AppendLine();
        text.AppendLine("| danger | n | danger labelled | missed by local | missed with second opinion | missed if asked on every message | urgent labelled | urgent missed by local | urgent missed with second opinion | false alarms by local | false alarms with second opinion | in the uncertain band | raised by second opinion |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var row in Rows)
        {
            var all = results.Danger.Where(s => In(row, s.Message.Language)).ToList();
            int[] counts =
            [
                all.Count, all.Count(s => s.Danger), all.Count(s => s.MissedByLocal), all.Count(s => s.MissedCombined), all.Count(s => s.MissedIfAskedOnAll),
                all.Count(s => s.Label == RiskLevel.Urgent), all.Count(s => s.UrgentMissedByLocal), all.Count(s => s.UrgentMissedCombined),
                all.Count(s => s.FalseAlarmByLocal), all.Count(s => s.FalseAlarmCombined), all.Count(s => s.InBand), all.Count(s => s.Raised),
            ];
            text.AppendLine($"| {row} | {string.Join(" | ", counts)} |");
        }

        text.AppendLine();
        text.AppendLine("Failures:");
        text.AppendLine();
        foreach (var score in results.Questions.Where(s => s.Failed))
        {
            text.AppendLine($"- {score.Question.Id} ({score.Question.Language}, {score.Question.Channel}): {Problems(score)}");
        }

        foreach (var score in results.Danger.Where(s => s.Failed))
        {
            text.AppendLine($"- {score.Message.Id} ({score.Message.Language}): labelled {Level(score.Label)}, local {Level(score.Local.Level)}{(score.InBand ? " (uncertain)" : string.Empty)}, second opinion {Level(score.Opinion ?? RiskLevel.None)}, combined {Level(score.Combined)}");
        }

        return text.ToString();
    }

    private static string Problems(QuestionScore score)
    {
        var problems = new List<string>();
        if (!score.OutcomeRight)
        {
            var reason = score.Answer.Reason is { } why ? $" ({why})" : string.Empty;
            problems.Add($"{(score.Question.MustRefuse ? "should refuse" : "should answer")}, got {score.Answer.Outcome}{reason}");
        }

        if (!score.Question.MustRefuse && score.Answered && !score.CiteRight)
        {
            problems.Add($"cited {score.Answer.Handout ?? "nothing"}, not {score.Question.Cite}");
        }

        if (!score.Question.MustRefuse && score.Answered)
        {
            problems.AddRange(score.Missing.Select(entry => $"missing \"{entry}\""));
        }

        problems.AddRange(score.Violations.Select(entry => $"says \"{entry}\""));
        return string.Join("; ", problems);
    }

    private static bool In(string row, string language) => row == "all" || row == language;

    private static string Of(List<QuestionScore> scores, Func<QuestionScore, bool> right) => $"{scores.Count(right)}/{scores.Count}";

    private static string Level(RiskLevel level) => level.ToString().ToLowerInvariant();
}
