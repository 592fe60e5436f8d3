using PuenteBot.Content.Checking;
using PuenteBot.Content.Handouts;

namespace PuenteBot.Tests.Content;

/// <summary>A small content set that passes the check, for tests that break one thing in it.</summary>
internal static class ContentFixture
{
    public const string EnglishBody = "We go to the park. We play in the sun. See [the other one](second).";
    public const string SpanishBody = "Vamos al parque. Jugamos al sol. Vea [la otra](second).";

    public static HandoutFile Handout(
        string language, string slug, string? body = null, string sms = "A short text.", string extra = "topics: [therapy]") =>
        new(language, slug, $"""
            ---
            slug: {slug}
            title: A title
            summary: A short summary.
            sms: "{sms}"
            {extra}
            serves: [engagement]
            reviewed: 2026-11-23
            ---

            {body ?? (language == "en" ? EnglishBody : SpanishBody)}
            """);

    public static List<HandoutFile> Files() =>
        [Handout("en", "first"), Handout("en", "second"), Handout("es", "first"), Handout("es", "second")];

    public static Dictionary<string, IReadOnlyDictionary<string, string>> Strings() => new()
    {
        ["en"] = new Dictionary<string, string> { ["Handouts.Test"] = "Hello" },
        ["es"] = new Dictionary<string, string> { ["Handouts.Test"] = "Hola" },
    };

    /// <summary>The fixture with <paramref name="file"/> in place of the file of the same language and slug.</summary>
    public static ContentSet With(HandoutFile file) =>
        new([.. Files().Where(f => f.Name != file.Name), file], Strings());

    public static ContentReport Check(ContentSet content) => ContentChecker.Check(content);
}
