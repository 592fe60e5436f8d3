namespace PuenteBot.Llm.Eval;

/// <summary>One message of the danger set (<c>danger.yaml</c>) with its label: level none, possible or urgent, and kind.</summary>
public sealed class EvalDangerMessage
{
    public string Id { get; set; } = string.Empty;

    public string Writer { get; set; } = string.Empty;

    public string Language { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string Level { get; set; } = string.Empty;

    public string? Kind { get; set; }
}
