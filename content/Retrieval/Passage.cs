namespace PuenteBot.Content.Retrieval;

/// <summary>A document a search found, with its relevance score (higher is better; comparable within one search only).</summary>
public sealed record Passage(KnowledgeDocument Document, double Score);
