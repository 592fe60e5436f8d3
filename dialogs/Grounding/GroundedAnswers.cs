using Microsoft.Extensions.Localization;
using PuenteBot.Content.Handouts;
using PuenteBot.Content.Resources;
using PuenteBot.Content.Retrieval;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Handouts;
using PuenteBot.Dialogs.Llm;
using PuenteBot.Dialogs.Questions;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Grounding;

/// <summary>
/// Answers a family's question that no prompt understood and no authored answer covers, from the clinic's own content
/// only, when a language model is configured (<see cref="LanguageModel"/>). The risk check has run first (a message
/// with any risk, an open crisis episode or a clinician in the conversation never reaches the model); the best
/// passages are retrieved (<see cref="ClinicKnowledge"/>); the question goes to the model with what would identify
/// anyone replaced by placeholders (<see cref="PersonalDetails"/>), as data under rules that allow only an answer the
/// passages support (<see cref="GroundedPrompt"/>). The answer must cite one of the passages, be in the family's
/// language and short enough for the channel, and pass <see cref="AnswerGuard"/>; it is sent with the cited handout's
/// card (on SMS, its title and link). Anything else — no passage, no support, a slow or failed call, a failed check —
/// gets the authored reply (<c>Grounded.NoAnswer</c>: the care team can answer, write "person"), once.
/// </summary>
public sealed class GroundedAnswers(
    LanguageModel model,
    ClinicKnowledge knowledge,
    AnswerGuard guard,
    RiskDecider risk,
    LanguageRecognizer languages,
    HandoutLibrary handouts,
    IStringLocalizer<Strings> strings) : IQuestionFallback
{
    public const string Purpose = "grounded-answer";

    /// <summary>The longest answer asked for on SMS (two segments) and elsewhere; half as long again is set aside.</summary>
    public const int SmsCharacters = 280;
    public const int ChatCharacters = 600;

    /// <summary>
    /// Passages given to the model, of which at most <see cref="MaxAnswers"/> authored answers: the question already
    /// matched none of them, and their example questions rank them high on shared words ("visit"), so the handout
    /// sections that say more come too.
    /// </summary>
    private const int PassageCount = 5;
    private const int MaxAnswers = 2;

    public async Task<bool> TryAnswerAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        if (!model.IsAvailable
            || context.Activity is not { Type: ActivityTypes.Message, Text: { Length: > 0 } text }
            || !QuestionWords.IsQuestion(text)
            || CrisisEpisode.IsOpen(context.Conversation)
            || context.Conversation.Handoff is not null
            || context.TurnState.TryGetValue(TurnStateKeys.Risk, out var assessed) && assessed is RiskAssessment { Level: not RiskLevel.None })
        {
            return false;
        }

        // The turn's risk check (RiskMiddleware) has already read this message as no risk: not read again here.
        IEnumerable<string?> names = [context.Conversation.Notes.Contact?.Name];
        var answer = assessed is RiskAssessment
            ? await GroundAsync(text, context.Language, context.IsSms(), names, cancellationToken)
            : await AnswerAsync(text, context.Language, context.IsSms(), names, cancellationToken);
        if (answer is { Outcome: GroundedAnswer.Answered, Text: { } said, Handout: { } slug } && handouts.Find(context.Language, slug) is { } handout)
        {
            await SendAsync(context, said, handout, cancellationToken);
        }
        else
        {
            await context.SendActivityAsync(Activity.Message(strings.For(context, "Grounded.NoAnswer")), cancellationToken);
        }

        return true;
    }

    /// <summary>The grounded answer to <paramref name="question"/> in <paramref name="language"/>, checked (also what <c>llm eval</c> scores).</summary>
    public async Task<GroundedAnswer> AnswerAsync(string question, string language, bool sms, IEnumerable<string?> knownNames, CancellationToken cancellationToken)
    {
        if (!model.IsAvailable)
        {
            return new(GroundedAnswer.Unavailable, null, null, null);
        }

        return risk.Assess(question).Level != RiskLevel.None
            ? Refused("risk")
            : await GroundAsync(question, language, sms, knownNames, cancellationToken);
    }

    /// <summary>The answer to a question already read as no risk: passages, the model, the checks.</summary>
    private async Task<GroundedAnswer> GroundAsync(string question, string language, bool sms, IEnumerable<string?> knownNames, CancellationToken cancellationToken)
    {
        var passages = Passages(question, language);
        if (passages.Count == 0)
        {
            return Refused("no passage");
        }

        var limit = sms ? SmsCharacters : ChatCharacters;
        var reply = await model.AskAsync<GroundedReply>(Purpose, GroundedPrompt.For(PersonalDetails.Redact(question, knownNames), language, limit, passages), cancellationToken);
        if (reply is null)
        {
            return Fallback("no reply");
        }

        var said = reply.Answer?.Trim() ?? string.Empty;
        if (!reply.Supported || said.Length == 0)
        {
            return Refused("unsupported");
        }

        var cited = Cited(reply.Cite, passages);
        var problem = cited is null ? "citation"
            : guard.Problem(said, string.Join("\n", passages.Select(p => p.Document.Title + "\n" + p.Document.Text))) is { } found ? found
            : said.Length > limit * 3 / 2 ? "length"
            : said.Contains('[') || said.Contains("http", StringComparison.OrdinalIgnoreCase) ? "placeholder or link"
            : languages.Detect(said).Language is { } written && written != language ? "language"
            : null;
        return problem is null ? new(GroundedAnswer.Answered, said, cited!.Document.Handout, null) : Fallback(problem);
    }

    private List<Passage> Passages(string question, string language)
    {
        var found = knowledge.Index.Search(question, language, PassageCount * 2);
        var answers = found.Where(p => p.Document.Source == KnowledgeDocument.AnswerSource).Take(MaxAnswers);
        return [.. found.Where(p => p.Document.Source != KnowledgeDocument.AnswerSource || answers.Contains(p)).Take(PassageCount)];
    }

    private static Passage? Cited(string? cite, IReadOnlyList<Passage> passages) =>
        passages.Where((_, i) => string.Equals(GroundedPrompt.IdOf(i), cite?.Trim(), StringComparison.OrdinalIgnoreCase)).FirstOrDefault();

    private static GroundedAnswer Refused(string reason) => new(GroundedAnswer.Refused, null, null, reason);

    private static GroundedAnswer Fallback(string reason) => new(GroundedAnswer.Fallback, null, null, reason);

    /// <summary>The answer, then the cited handout: a card in chat; on SMS its title line and link (<c>Summary</c>).</summary>
    private Task SendAsync(ITurnContext context, string answer, Handout handout, CancellationToken cancellationToken)
    {
        if (!context.Conversation.Notes.HandoutsSent.Contains(handout.Slug))
        {
            context.Conversation.Notes.HandoutsSent.Add(handout.Slug);
        }

        var reply = Activity.Message(answer);
        reply.Summary = strings.For(context, "Grounded.Source", handout.Title);
        reply.Attachments = [HandoutReplies.Card(handout, strings.For(context, HandoutReplies.OpenKey))];
        return context.SendActivityAsync(reply, cancellationToken);
    }
}
