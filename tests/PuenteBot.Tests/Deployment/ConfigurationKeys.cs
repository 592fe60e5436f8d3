using System.Text.Json.Nodes;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Deployment;

/// <summary>
/// The configuration keys the bot reads: every key of the root appsettings.json and those of configuration-keys.txt
/// beside this file, in configuration's own spelling (<c>Portal:Accounts:*:User</c>, <c>*</c> for a list index),
/// compared without regard to case as configuration does.
/// </summary>
public static class ConfigurationKeys
{
    public static IReadOnlySet<string> All { get; } = Load();

    /// <summary>An environment variable's name as a configuration key: <c>Portal__Accounts__0__User</c> is <c>Portal:Accounts:*:User</c>.</summary>
    public static string FromEnvironmentName(string name) =>
        string.Join(':', name.Split("__").Select(segment => segment.All(char.IsAsciiDigit) ? "*" : segment));

    private static HashSet<string> Load()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Flatten(JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.json"))), null, keys);
        var documented = Path.Combine(RepositoryPaths.Root, "tests", "PuenteBot.Tests", "Deployment", "configuration-keys.txt");
        keys.UnionWith(File.ReadLines(documented).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')));
        return keys;
    }

    private static void Flatten(JsonNode? node, string? prefix, HashSet<string> keys)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Flatten(child, prefix is null ? name : $"{prefix}:{name}", keys);
                }

                break;
            case JsonArray array:
                keys.Add($"{prefix}:*");
                foreach (var child in array)
                {
                    Flatten(child, $"{prefix}:*", keys);
                }

                break;
            default:
                keys.Add(prefix!);
                break;
        }
    }
}
