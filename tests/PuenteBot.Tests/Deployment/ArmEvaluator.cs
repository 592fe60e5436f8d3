using System.Globalization;
using System.Text.Json.Nodes;

namespace PuenteBot.Tests.Deployment;

/// <summary>
/// Evaluates the ARM expressions the template uses, for given parameter values and given module outputs (what
/// <c>reference('module')</c> would return after the deployment): the functions main.bicep compiles to and its
/// user-defined functions, nothing more. An unknown function fails the test rather than guessing.
/// </summary>
public sealed class ArmEvaluator(
    JsonObject template,
    IReadOnlyDictionary<string, JsonNode?> parameters,
    IReadOnlyDictionary<string, JsonObject> moduleOutputs,
    JsonObject deploymentContext)
{
    /// <summary>A template value: a string expression is evaluated, objects and arrays member by member.</summary>
    public JsonNode? Evaluate(JsonNode? value) => value switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Evaluate(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Evaluate)]),
        JsonValue text when text.GetValueKind() == System.Text.Json.JsonValueKind.String => Evaluate(ArmExpression.Parse(text.GetValue<string>())),
        _ => value?.DeepClone(),
    };

    public JsonNode? Evaluate(ArmExpression expression) => expression switch
    {
        ArmExpression.Text text => JsonValue.Create(text.Value),
        ArmExpression.Other { Token: "true" } => JsonValue.Create(true),
        ArmExpression.Other { Token: "false" } => JsonValue.Create(false),
        ArmExpression.Other { Token: "null" } => null,
        ArmExpression.Other other => JsonValue.Create(long.Parse(other.Token, CultureInfo.InvariantCulture)),
        ArmExpression.Property property => Evaluate(property.Base)![property.Name]?.DeepClone(),
        ArmExpression.Index index => Evaluate(index.Base)![Evaluate(index.Key)!.GetValue<string>()]?.DeepClone(),
        ArmExpression.Call call => Call(call.Name, call.Arguments),
        _ => throw new NotSupportedException(expression.ToString()),
    };

    private JsonNode? Call(string name, IReadOnlyList<ArmExpression> arguments)
    {
        JsonNode? Argument(int i) => Evaluate(arguments[i]);
        return name switch
        {
            "parameters" => parameters.GetValueOrDefault(Argument(0)!.GetValue<string>())?.DeepClone(),
            "variables" => Evaluate(template["variables"]![Argument(0)!.GetValue<string>()]),
            "reference" => new JsonObject { ["outputs"] = moduleOutputs[Argument(0)!.GetValue<string>()].DeepClone() },
            "subscription" => deploymentContext["subscription"]!.DeepClone(),
            "resourceGroup" => deploymentContext["resourceGroup"]!.DeepClone(),
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            "null" => null,
            "if" => IsTrue(Argument(0)) ? Argument(1) : Argument(2),
            "equals" => JsonValue.Create(JsonNode.DeepEquals(Argument(0), Argument(1))),
            "not" => JsonValue.Create(!IsTrue(Argument(0))),
            "empty" => JsonValue.Create(IsEmpty(Argument(0))),
            "coalesce" => arguments.Select(Evaluate).FirstOrDefault(v => v is not null),
            "string" => JsonValue.Create(Argument(0)!.ToString()),
            "format" => JsonValue.Create(string.Format(
                CultureInfo.InvariantCulture, Argument(0)!.GetValue<string>(), [.. arguments.Skip(1).Select(a => Evaluate(a)?.ToString())])),
            "createObject" => new JsonObject(arguments.Chunk(2).Select(pair => KeyValuePair.Create(Evaluate(pair[0])!.GetValue<string>(), Evaluate(pair[1])))),
            "union" => Union(arguments.Select(Evaluate)),
            _ when name.Contains('.', StringComparison.Ordinal) => UserFunction(name, [.. arguments.Select(Evaluate)]),
            _ => throw new NotSupportedException($"ARM function {name} is not evaluated by the tests."),
        };
    }

    /// <summary>A user-defined function (<c>namespace.name</c>): its output with its own parameters bound to the arguments.</summary>
    private JsonNode? UserFunction(string name, IReadOnlyList<JsonNode?> arguments)
    {
        var (ns, member) = (name[..name.IndexOf('.', StringComparison.Ordinal)], name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..]);
        var function = template["functions"]!.AsArray().Single(f => f!["namespace"]!.GetValue<string>() == ns)!["members"]![member]!;
        var bound = function["parameters"]!.AsArray()
            .Select((p, i) => KeyValuePair.Create(p!["name"]!.GetValue<string>(), arguments[i]))
            .ToDictionary();
        return new ArmEvaluator(template, bound, moduleOutputs, deploymentContext).Evaluate(function["output"]!["value"]);
    }

    private static JsonObject Union(IEnumerable<JsonNode?> objects)
    {
        var union = new JsonObject();
        foreach (var (key, value) in objects.SelectMany(o => o!.AsObject()))
        {
            union[key] = value?.DeepClone();
        }

        return union;
    }

    private static bool IsTrue(JsonNode? value) => value!.GetValue<bool>();

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonObject obj => obj.Count == 0,
        JsonArray array => array.Count == 0,
        _ => value.GetValueKind() == System.Text.Json.JsonValueKind.String && value.GetValue<string>().Length == 0,
    };
}
