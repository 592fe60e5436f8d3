namespace PuenteBot.Dialogs.Recognizers;

/// <summary>A number as the family wrote it, and in E.164 when it could be read as one.</summary>
public sealed record PhoneNumber(string Words, string? E164);
