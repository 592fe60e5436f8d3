using System.Text.Json;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Recognizers;

/// <summary>
/// One case of Microsoft Recognizers-Text's test specifications (tests/PuenteBot.Tests/Recognizers/Specs/recognizers-text, MIT): the
/// input, the expected results and the reference time. Cases marked not supported for .NET are left out.
/// </summary>
public sealed record SpecCase(string Input, JsonElement Results, DateTime? Reference)
{
    public static IReadOnlyList<SpecCase> Load(params string[] relativePath)
    {
        var path = Path.Combine([RepositoryPaths.Specs, .. relativePath]);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray()
            .Where(c => !NotSupportedOnDotnet(c))
            .Select(c => new SpecCase(
                c.GetProperty("Input").GetString() ?? string.Empty,
                c.GetProperty("Results").Clone(),
                c.TryGetProperty("Context", out var context) && context.TryGetProperty("ReferenceDateTime", out var reference) ? reference.GetDateTime() : null))
            .ToList();
    }

    private static bool NotSupportedOnDotnet(JsonElement c) =>
        new[] { "NotSupported", "NotSupportedByDesign" }.Any(name =>
            c.TryGetProperty(name, out var value) && (value.GetString() ?? string.Empty).Contains("dotnet", StringComparison.OrdinalIgnoreCase));
}
