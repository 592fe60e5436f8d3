namespace PuenteBot.Dialogs.Recognizers;

/// <summary>Everything the recognizers say about one message, in the labels of ../shared/CONVERSATION.md.</summary>
public sealed record Classification(string Language, string Intent, IReadOnlyList<string> Barriers, RiskLevel Risk, RiskAssessment Assessment);
