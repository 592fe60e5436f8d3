namespace PuenteBot.Llm.Eval;

/// <summary>The scores of one <c>llm eval</c> run, in the sets' order.</summary>
public sealed record LlmEvalResults(IReadOnlyList<QuestionScore> Questions, IReadOnlyList<DangerScore> Danger);
