namespace PuenteBot.Content.Retrieval;

/// <summary>The index's field names: a title, a text and a questions field per language, so each is read by its own analyzer and a search in one language never sees the other.</summary>
internal static class KnowledgeFields
{
    public static string Title(string language) => $"title.{language}";

    public static string Text(string language) => $"text.{language}";

    public static string Questions(string language) => $"questions.{language}";

    public static IEnumerable<string> All(string language) => [Title(language), Text(language), Questions(language)];
}
