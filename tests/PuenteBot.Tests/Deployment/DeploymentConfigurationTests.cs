using System.Text.Json.Nodes;

namespace PuenteBot.Tests.Deployment;

/// <summary>
/// The compiled template against the bot: every app setting is a key the bot reads, the keys a deployment must set are
/// there, secrets have no default and reach the app only as Key Vault references, the web app is the one the issue
/// asks for, and the parameter files fit main.bicep.
/// </summary>
public sealed class DeploymentConfigurationTests
{
    private const string SecretSetting = "__bicep.secretSetting";

    private readonly DeploymentTemplate template = DeploymentTemplate.Load();

    [Fact]
    public void Every_app_setting_is_a_configuration_key_the_bot_reads()
    {
        var keys = template.AppSettings.Select(s => s.Key).ToList();

        Assert.True(keys.Count >= 30, $"only {keys.Count} app settings found");
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(keys, key => Assert.True(
            ConfigurationKeys.All.Contains(ConfigurationKeys.FromEnvironmentName(key)),
            $"app setting {key} is no key of appsettings.json or configuration-keys.txt"));
    }

    [Fact]
    public void App_settings_select_postgres_with_entra_id_and_the_bot_identity()
    {
        var settings = template.AppSettings.ToDictionary(s => s.Key, s => s.Value);

        Assert.Equal(new ArmExpression.Text("postgres"), settings["Storage__Provider"]);
        Assert.Equal(new ArmExpression.Text("true"), settings["Storage__EntraId"]);
        var connection = Assert.IsType<ArmExpression.Call>(settings["Storage__ConnectionString"]);
        var format = Assert.IsType<ArmExpression.Text>(connection.Arguments[0]).Value;
        Assert.Contains("SslMode=Require", format, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", format, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(References(settings["Storage__EntraIdClientId"]), r => r == "identity");
        foreach (var key in new[] { "MicrosoftAppId", "MicrosoftAppType", "MicrosoftAppTenantId", "Hosting__PublicBaseUrl", "APPLICATIONINSIGHTS_CONNECTION_STRING", "Clinic__Name", "Clinic__Phone" })
        {
            Assert.True(settings.ContainsKey(key), $"app setting {key} is missing");
        }
    }

    [Fact]
    public void No_secure_parameter_has_a_default_value()
    {
        var secure = template.Templates
            .SelectMany(t => t["parameters"]?.AsObject() ?? [])
            .Where(p => DeploymentTemplate.IsSecure(p.Value!.AsObject()))
            .ToList();

        Assert.True(secure.Count >= 10, $"only {secure.Count} secure parameters");
        Assert.All(secure, p => Assert.Null(p.Value!["defaultValue"]));
    }

    [Fact]
    public void Secrets_reach_the_app_only_as_key_vault_references()
    {
        var secureNames = template.Parameters.Where(p => DeploymentTemplate.IsSecure(p.Value)).Select(p => p.Key).ToHashSet();
        var vaultSecrets = template.Modules["keyVault"]["properties"]!["parameters"]!["secrets"]!["value"]!.AsObject()
            .ToDictionary(s => s.Key, s => ParameterNames(ArmExpression.Parse(s.Value!.GetValue<string>())).Single());

        Assert.Equal(secureNames.Order(), vaultSecrets.Values.Order());
        var function = template.Root["functions"]!.AsArray().Single()!["members"]!["secretSetting"]!["output"]!["value"]!.GetValue<string>();
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", function, StringComparison.Ordinal);
        foreach (var (key, value) in template.AppSettings)
        {
            foreach (var (node, within) in value.Walk())
            {
                if (node is ArmExpression.Call { Name: "parameters", Arguments: [ArmExpression.Text { Value: var name }] } && secureNames.Contains(name))
                {
                    var reference = within.LastOrDefault(c => c.Name == SecretSetting);
                    Assert.True(reference is not null, $"{key} uses the secret {name} other than through a Key Vault reference");
                    var secretName = Assert.IsType<ArmExpression.Text>(reference.Arguments[1]).Value;
                    Assert.Equal(name, vaultSecrets[secretName]);
                }
            }
        }
    }

    [Fact]
    public void Web_app_runs_dotnet_10_over_https_with_the_ready_health_check()
    {
        var site = template.ModuleResource("appService", "Microsoft.Web/sites")["properties"]!;
        var config = site["siteConfig"]!;

        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]!.GetValue<string>());
        Assert.True(site["httpsOnly"]!.GetValue<bool>());
        Assert.True(config["alwaysOn"]!.GetValue<bool>());
        Assert.True(config["webSocketsEnabled"]!.GetValue<bool>());
        Assert.Equal("/healthz/live", config["healthCheckPath"]!.GetValue<string>());
        Assert.Equal("[parameters('identityId')]", site["keyVaultReferenceIdentity"]!.GetValue<string>());
    }

    [Fact]
    public void Bot_defaults_to_the_managed_identity_and_calls_the_messaging_endpoint()
    {
        var appType = template.Parameters["microsoftAppType"];
        var endpoint = template.ModuleArgument("bot", "endpoint");

        Assert.Equal("UserAssignedMSI", appType["defaultValue"]!.GetValue<string>());
        Assert.Equal(["UserAssignedMSI", "SingleTenant", "MultiTenant"], appType["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>()));
        var format = Assert.IsType<ArmExpression.Call>(endpoint);
        Assert.Equal(new ArmExpression.Text("{0}/api/messages"), format.Arguments[0]);
        var channels = Assert.IsType<JsonArray>(template.Modules["bot"]["properties"]!["template"]!["resources"]);
        Assert.Equal(
            ["DirectLineChannel", "WebChatChannel"],
            channels.Where(r => r!["type"]!.GetValue<string>() == "Microsoft.BotService/botServices/channels").Select(r => r!["properties"]!["channelName"]!.GetValue<string>()).Order());
    }

    [Theory]
    [InlineData("parameters.small.json")]
    [InlineData("parameters.production.json")]
    public void Parameter_file_names_only_declared_parameters_and_every_required_one(string file)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(DeploymentTemplate.CompiledPath)!, file)))!;
        var given = document["parameters"]!.AsObject();
        var declared = template.Parameters;

        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", document["$schema"]!.GetValue<string>());
        Assert.All(given, p => Assert.True(declared.ContainsKey(p.Key), $"{file} names {p.Key}, which main.bicep does not declare"));
        Assert.All(declared.Where(p => DeploymentTemplate.IsRequired(p.Value)), p => Assert.True(given.ContainsKey(p.Key), $"{file} does not give {p.Key}"));
        Assert.All(given, p => Assert.False(DeploymentTemplate.IsSecure(declared[p.Key]), $"{file} holds the secret {p.Key}"));
        Assert.All(given, p => AssertFits(p.Key, declared[p.Key], p.Value!["value"]!));
    }

    /// <summary>The value's JSON kind matches the parameter's type and it keeps to its allowed values and bounds.</summary>
    private static void AssertFits(string name, JsonObject parameter, JsonNode value)
    {
        var type = parameter["type"]!.GetValue<string>();
        var kind = value.GetValueKind();
        Assert.True(
            type switch
            {
                "string" => kind == System.Text.Json.JsonValueKind.String,
                "int" => kind == System.Text.Json.JsonValueKind.Number,
                "bool" => kind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
                "object" => kind == System.Text.Json.JsonValueKind.Object,
                _ => false,
            },
            $"{name}: a {kind} for a {type} parameter");
        if (parameter["allowedValues"] is JsonArray allowed)
        {
            Assert.Contains(allowed, a => JsonNode.DeepEquals(a, value));
        }

        if (parameter["minValue"] is { } min)
        {
            Assert.InRange(value.GetValue<int>(), min.GetValue<int>(), parameter["maxValue"]?.GetValue<int>() ?? int.MaxValue);
        }

        if (parameter["minLength"] is { } minLength)
        {
            Assert.InRange(value.GetValue<string>().Length, minLength.GetValue<int>(), parameter["maxLength"]?.GetValue<int>() ?? int.MaxValue);
        }
    }

    private static IEnumerable<string> ParameterNames(ArmExpression expression) => expression.Walk()
        .Select(found => found.Node)
        .OfType<ArmExpression.Call>()
        .Where(call => call.Name == "parameters")
        .Select(call => ((ArmExpression.Text)call.Arguments[0]).Value);

    private static IEnumerable<string> References(ArmExpression expression) => expression.Walk()
        .Select(found => found.Node)
        .OfType<ArmExpression.Call>()
        .Where(call => call.Name == "reference")
        .Select(call => ((ArmExpression.Text)call.Arguments[0]).Value);
}
