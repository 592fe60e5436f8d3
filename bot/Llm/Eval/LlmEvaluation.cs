using PuenteBot.Dialogs.Grounding;
using PuenteBot.Dialogs.Llm;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Llm.Eval;

/// <summary>
/// Runs the evaluation sets through the bot's own parts, one item at a time: each question through the grounded
/// answerer as the family's channel would (SMS or web chat), each danger message through the local risk check and the
/// model's second opinion, asked on every message so the table can weigh the uncertain band. No names are known to either, as for a family the bot has not met.
/// </summary>
public sealed class LlmEvaluation(GroundedAnswers answers, RiskDecider risk, DangerSecondOpinion opinion)
{
    public async Task<LlmEvalResults> RunAsync(IReadOnlyList<EvalQuestion> questions, IReadOnlyList<EvalDangerMessage> danger, CancellationToken cancellationToken)
    {
        var answered = new List<QuestionScore>(questions.Count);
        foreach (var question in questions)
        {
            var answer = await answers.AnswerAsync(question.Text, question.Language, question.Channel == "sms", [], cancellationToken);
            answered.Add(new QuestionScore(question, answer));
        }

        var read = new List<DangerScore>(danger.Count);
        foreach (var message in danger)
        {
            var second = await opinion.ReviewAsync(message.Text, message.Language, [], cancellationToken);
            read.Add(new DangerScore(message, risk.Assess(message.Text), second?.Level));
        }

        return new LlmEvalResults(answered, read);
    }
}
