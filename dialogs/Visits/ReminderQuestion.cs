namespace PuenteBot.Dialogs.Visits;

/// <summary>How <see cref="ReminderPrompt"/> begins: the whole reminder, worded for the family's language and channel.</summary>
public sealed record ReminderQuestion(string Text);
