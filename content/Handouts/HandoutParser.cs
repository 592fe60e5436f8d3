using System.Globalization;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PuenteBot.Content.Handouts;

/// <summary>The outcome of reading one handout file: the handout, or what is wrong with it.</summary>
public sealed record HandoutParseResult(HandoutFile File, Handout? Handout, IReadOnlyList<string> Problems);

/// <summary>Reads a handout file: front matter with YamlDotNet (unknown keys are errors), body with Markdig.</summary>
public static class HandoutParser
{
    public const int MaxSummaryLength = 200;

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static HandoutParseResult Parse(HandoutFile file)
    {
        var document = HandoutMarkdown.Parse(file.Text);
        if (document.FirstOrDefault() is not YamlFrontMatterBlock block)
        {
            return new(file, null, ["no YAML front matter at the top"]);
        }

        HandoutFrontMatter? front;
        try
        {
            front = Yaml.Deserialize<HandoutFrontMatter>(block.Lines.ToString());
        }
        catch (YamlException e)
        {
            return new(file, null, [$"front matter is not valid: {e.Message}"]);
        }

        var problems = new List<string>();
        var fields = HandoutFields.Check(front ?? new HandoutFrontMatter(), file.FileSlug, problems);
        if (problems.Count > 0 || fields is null)
        {
            return new(file, null, problems);
        }

        var body = file.Text[(block.Span.End + 1)..].Trim();
        return new(file, fields.ToHandout(file.Language, body), problems);
    }

    internal static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}
