using PuenteBot.Dialogs.MainMenu;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// What a reply to a visit message says: <see cref="VisitReply.Confirmed"/>, <see cref="VisitReply.Change"/>,
/// <see cref="VisitReply.Barrier"/>, <see cref="Topic"/> (another of the menu's topics, for the main dialog), or null
/// when it is unclear. An obstacle named wins over a wish for another time ("no tengo raite para el jueves" is the
/// barrier conversation), except the schedule alone said with that wish ("I work thursdays, can we do friday" asks
/// for a new time) — and with that wish only the lexicon's barriers count, not the learned model's guesses ("I can't
/// make it, can we reschedule?" is no ride problem). A number picks its option; a yes needs to be short, so "ya no
/// puedo" is never a yes; another topic is the lexicon's reading only, so a bare "maybe" is no topic.
/// </summary>
public sealed class VisitReading(ChoiceRecognizer choices, BooleanRecognizer booleans, IntentRecognizer intents)
{
    /// <summary>The reply names another topic of the menu (a setback, a worry about stigma, a handout): the main dialog takes it.</summary>
    public const string Topic = "topic";

    /// <summary>The most words a bare yes may have ("yes we'll come", "sí claro").</summary>
    private const int ShortYes = 3;

    /// <summary>The reading of a reply to a reminder that offered <paramref name="offered"/> (confirmed, change, barrier, in that order).</summary>
    public string? Reminder(string? text, IReadOnlyList<Choice> offered, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Trim().All(char.IsDigit))
        {
            return choices.Recognize(text, offered, language)?.Value;
        }

        if (VisitWords.SomeoneElseComes(text))
        {
            return VisitReply.Confirmed;
        }

        if (Obstacle(text, language) is { } obstacle)
        {
            return obstacle;
        }

        if (VisitWords.WantsAnotherTime(text))
        {
            return VisitReply.Change;
        }

        if (VisitWords.Confirms(text) || NormalizedText.Words(text).Count() <= ShortYes && booleans.Recognize(text) == true)
        {
            return VisitReply.Confirmed;
        }

        return choices.Recognize(text, offered, language)?.Value ?? MenuTopics.FromIntent(intents.RecognizeLexicon(NormalizedText.Of(text))) switch
        {
            null => null,
            MenuTopics.Barriers => VisitReply.Barrier,
            _ => Topic,
        };
    }

    /// <summary>
    /// The reading of an answer to "what got in the way?" after a missed visit: the barriers named, a wish for a new
    /// time (<see cref="VisitReply.Change"/>), another topic, or <see cref="VisitReply.Answered"/>.
    /// </summary>
    public string Missed(string? text, string language) =>
        Obstacle(text, language) ?? (VisitWords.WantsAnotherTime(text) ? VisitReply.Change : VisitReply.Answered);

    /// <summary>The barriers named in <paramref name="text"/> (the barrier conversation starts from them).</summary>
    public IReadOnlyList<string> Barriers(string? text, string language) =>
        VisitWords.WantsAnotherTime(text) ? intents.RecognizeLexicon(NormalizedText.Of(text)).Barriers : intents.Recognize(text, language).Barriers;

    /// <summary>Barrier when an obstacle is named (schedule alone with a wish for a new time is a change); Topic when only stigma or shame is.</summary>
    private string? Obstacle(string? text, string language)
    {
        var barriers = Barriers(text, language);
        if (barriers.Count == 0 || barriers.All(b => b == Recognizers.Barriers.Schedule) && VisitWords.WantsAnotherTime(text))
        {
            return null;
        }

        return barriers.All(Recognizers.Barriers.IsStigmaOrShame) ? Topic : VisitReply.Barrier;
    }
}
