namespace PuenteBot.Dialogs.Questions;

/// <summary>The answer a question matched (its id in the answer set) and how well (0–1), with the example it was closest to.</summary>
public sealed record QuestionMatch(string AnswerId, double Score, string Example);
