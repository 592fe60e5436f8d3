namespace PuenteBot.Dialogs.Grounding;

/// <summary>The shape the model must answer a grounded question in: whether the passages support an answer, the answer, and the id of the passage it rests on.</summary>
public sealed record GroundedReply(bool Supported, string Answer, string Cite);
