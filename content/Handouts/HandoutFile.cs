namespace PuenteBot.Content.Handouts;

/// <summary>The raw text of one handout file and where it sits: its language folder and its file name.</summary>
public sealed record HandoutFile(string Language, string FileSlug, string Text)
{
    public string Name => $"{Language}/{FileSlug}";
}
