namespace PuenteBot.Content.Answers;

/// <summary>The raw text of one answer file and where it sits: its language folder and its file name (the answer's id).</summary>
public sealed record AnswerFile(string Language, string FileId, string Text)
{
    public string Name => $"{Language}/{FileId}";
}
