using System.Text.Json.Nodes;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Deployment;

/// <summary>deploymentTemplates/azuredeploy.json (the compiled main.bicep, kept equal to it by <see cref="BicepTemplateTests"/>) read as ARM sees it.</summary>
public sealed class DeploymentTemplate
{
    public static string CompiledPath => Path.Combine(RepositoryPaths.Root, "deploymentTemplates", "azuredeploy.json");

    private DeploymentTemplate(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    public static DeploymentTemplate Load() => new(JsonNode.Parse(File.ReadAllText(CompiledPath))!.AsObject());

    /// <summary>main.bicep's parameters by name.</summary>
    public IReadOnlyDictionary<string, JsonObject> Parameters => Root["parameters"]!.AsObject()
        .ToDictionary(p => p.Key, p => p.Value!.AsObject(), StringComparer.Ordinal);

    /// <summary>The main template and every module's nested template.</summary>
    public IEnumerable<JsonObject> Templates => [Root, .. Modules.Values.Select(m => m["properties"]!["template"]!.AsObject())];

    /// <summary>main.bicep's modules (nested deployments) by symbolic name.</summary>
    public IReadOnlyDictionary<string, JsonObject> Modules => Root["resources"]!.AsObject()
        .Where(r => r.Value!["type"]!.GetValue<string>() == "Microsoft.Resources/deployments")
        .ToDictionary(r => r.Key, r => r.Value!.AsObject(), StringComparer.Ordinal);

    /// <summary>The value main.bicep passes to <paramref name="parameter"/> of module <paramref name="module"/>, parsed.</summary>
    public ArmExpression ModuleArgument(string module, string parameter) =>
        ArmExpression.Parse(Modules[module]["properties"]!["parameters"]![parameter]!["value"]!.GetValue<string>());

    /// <summary>The web app's app settings: the <c>createObject</c> pairs main.bicep passes to the app settings module.</summary>
    public IReadOnlyList<(string Key, ArmExpression Value)> AppSettings => [.. ModuleArgument("appSettings", "settings").Walk()
        .Select(found => found.Node)
        .OfType<ArmExpression.Call>()
        .Where(call => call.Name == "createObject")
        .SelectMany(call => call.Arguments.Chunk(2).Select(pair => (((ArmExpression.Text)pair[0]).Value, pair[1])))];

    /// <summary>The resource of type <paramref name="type"/> in a module's template (a list, or an object by symbolic name).</summary>
    public JsonObject ModuleResource(string module, string type)
    {
        var resources = Modules[module]["properties"]!["template"]!["resources"]!;
        var all = resources is JsonObject bySymbol ? bySymbol.Select(r => r.Value!) : resources.AsArray().Select(r => r!);
        return all.Single(r => r["type"]!.GetValue<string>() == type).AsObject();
    }

    public static bool IsSecure(JsonObject parameter) =>
        parameter["type"]!.GetValue<string>() is "securestring" or "secureObject" or "secureobject";

    public static bool IsRequired(JsonObject parameter) =>
        parameter["defaultValue"] is null && parameter["nullable"]?.GetValue<bool>() != true;
}
