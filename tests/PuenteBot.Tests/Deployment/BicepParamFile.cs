using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PuenteBot.Tests.Deployment;

/// <summary>
/// A deploymentParameters JSON file written as a <c>.bicepparam</c> file for main.bicep, so that <c>bicep build-params</c>
/// checks it against the template as the compiler sees it: unknown or missing parameters, types, allowed values, bounds.
/// </summary>
public static class BicepParamFile
{
    public static string FromParametersJson(string json, string usingPath)
    {
        var text = new StringBuilder().Append("using ").Append(Literal(usingPath.Replace('\\', '/'))).Append('\n');
        foreach (var (name, parameter) in JsonNode.Parse(json)!["parameters"]!.AsObject())
        {
            text.Append("param ").Append(name).Append(" = ").Append(Value(parameter!["value"])).Append('\n');
        }

        return text.ToString();
    }

    private static string Value(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject obj => "{\n" + string.Concat(obj.Select(p => $"{Literal(p.Key)}: {Value(p.Value)}\n")) + "}",
        JsonArray array => "[\n" + string.Concat(array.Select(v => Value(v) + "\n")) + "]",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => Literal(node.GetValue<string>()),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => node.GetValue<long>().ToString(CultureInfo.InvariantCulture),
            var kind => throw new NotSupportedException($"A {kind} parameter value."),
        },
    };

    /// <summary>A Bicep string literal: single quotes, with <c>\</c>, <c>'</c>, <c>${</c> and line breaks escaped.</summary>
    private static string Literal(string value) => "'" + value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("'", "\\'", StringComparison.Ordinal)
        .Replace("${", "\\${", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal) + "'";
}
