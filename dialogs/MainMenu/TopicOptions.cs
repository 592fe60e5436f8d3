namespace PuenteBot.Dialogs.MainMenu;

/// <summary>
/// How a family conversation (barriers, stigma, setback, handouts, person) starts: with the caregiver's own words,
/// when they named the topic in a sentence, and the barriers the recognizer found in them.
/// </summary>
public sealed class TopicOptions
{
    /// <summary>The message that opened the topic; null or a bare number when it was picked from the menu.</summary>
    public string? Text { get; set; }

    /// <summary>Barrier labels found in <see cref="Text"/>, in the order they appear.</summary>
    public List<string> Barriers { get; set; } = [];
}
