using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Deployment;

/// <summary>
/// The app settings azuredeploy.json would write, evaluated for a parameter file and stand-in module outputs, with
/// the Key Vault references resolved as App Service resolves them, start the real bot: its start-up validation
/// (bot identity, portal accounts, clinician keys, SMS, email) accepts what the template writes. Storage is the one
/// part swapped (SQLite in a temporary folder): the PostgreSQL settings are checked in
/// <see cref="DeploymentConfigurationTests"/>.
/// </summary>
public sealed partial class DeployedSettingsTests
{
    private const string Host = "puentebot-test-app.azurewebsites.net";
    private const string VaultUri = "https://puentebot-test.vault.test/";
    private const string TenantId = "11111111-1111-1111-1111-111111111111";
    private const string IdentityClientId = "22222222-2222-2222-2222-222222222222";

    private static readonly string[] StorageKeys = ["Storage:Provider", "Storage:ConnectionString", "Storage:EntraId", "Storage:EntraIdClientId"];

    public static TheoryData<string, string[]> Deployments => new()
    {
        { "parameters.small.json", [] },
        {
            "parameters.small.json",
            [
                "portalAdminUser=admin", "portalAdminName=Clinic Admin", "portalAdminPasswordHash=hash-from-the-cli",
                "cliniciansApiKey=clinician-api-key-0123456789", "familiesInviteSigningKey=0123456789abcdef0123456789abcdef",
                "directLineTokenSigningKey=direct-line-signing-key-0123456789",
            ]
        },
        {
            "parameters.small.json",
            ["microsoftAppType=SingleTenant", "microsoftAppId=33333333-3333-3333-3333-333333333333", "microsoftAppPassword=app-secret"]
        },
        {
            "parameters.production.json",
            [
                "twilioAccountSid=AC0123456789abcdef0123456789abcdef", "twilioFromNumber=+15550100100", "twilioAuthToken=twilio-token",
                "smsPhoneHashSalt=phone-hash-salt-0123456789", "smtpPassword=smtp-password", "teamsWebhookUrl=https://teams.test/webhook",
                "escalationWebhookUrl=https://ehr.test/escalations", "escalationWebhookSecret=webhook-secret-0123456789",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Deployments))]
    public async Task Settings_the_template_writes_start_the_bot(string file, string[] extra)
    {
        var settings = Evaluate(file, extra.Select(e => e.Split('=', 2)).ToDictionary(e => e[0], e => e[1]));

        Assert.Equal($"https://{Host}", settings["Hosting:PublicBaseUrl"]);
        Assert.All(StorageKeys, key => Assert.True(settings.Remove(key), $"{key} is not set"));
        await using var bot = new BotApplicationFactory(settings);
        var client = bot.CreateClient(new() { BaseAddress = new Uri($"https://{Host}") });

        var response = await client.GetAsync("/healthz/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The configuration the web app would see: app settings as keys, each Key Vault reference replaced by its secret.</summary>
    private static Dictionary<string, string?> Evaluate(string file, IReadOnlyDictionary<string, string> extra)
    {
        var template = DeploymentTemplate.Load();
        var given = JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.Folder, file)))!["parameters"]!.AsObject()
            .ToDictionary(p => p.Key, p => p.Value!["value"]);
        foreach (var (name, value) in extra)
        {
            given[name] = JsonValue.Create(value);
        }

        var defaults = new ArmEvaluator(template.Root, new Dictionary<string, JsonNode?>(), ModuleOutputs(), Context());
        var parameters = template.Parameters.ToDictionary(
            p => p.Key,
            p => given.TryGetValue(p.Key, out var value) ? value : defaults.Evaluate(p.Value["defaultValue"]));
        var evaluator = new ArmEvaluator(template.Root, parameters, ModuleOutputs(), Context());
        var vault = evaluator.Evaluate(template.Modules["keyVault"]["properties"]!["parameters"]!["secrets"]!["value"])!.AsObject();
        var appSettings = evaluator.Evaluate(template.Modules["appSettings"]["properties"]!["parameters"]!["settings"]!["value"])!.AsObject();

        return appSettings.ToDictionary(
            s => s.Key.Replace("__", ":", StringComparison.Ordinal),
            s => (string?)Resolve(s.Key, s.Value!.GetValue<string>(), vault));
    }

    /// <summary>As App Service does: a reference to a stored secret becomes its value; a reference to anything else fails.</summary>
    private static string Resolve(string key, string value, JsonObject vault)
    {
        if (!value.StartsWith("@Microsoft.KeyVault(", StringComparison.Ordinal))
        {
            return value;
        }

        var match = KeyVaultReference().Match(value);
        Assert.True(match.Success && match.Groups["vault"].Value == VaultUri, $"{key}: '{value}' is no reference to the deployment's vault");
        var secret = vault[match.Groups["name"].Value]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(secret), $"{key} refers to the secret {match.Groups["name"].Value}, which is not stored");
        return secret!;
    }

    private static Dictionary<string, JsonObject> ModuleOutputs()
    {
        static JsonObject Outputs(params (string Name, string Value)[] outputs) =>
            new(outputs.Select(o => KeyValuePair.Create(o.Name, (JsonNode?)new JsonObject { ["value"] = o.Value })));
        return new()
        {
            ["identity"] = Outputs(
                ("id", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/puentebot-test-identity"),
                ("name", "puentebot-test-identity"), ("clientId", IdentityClientId), ("principalId", "44444444-4444-4444-4444-444444444444"), ("tenantId", TenantId)),
            ["monitoring"] = Outputs(("workspaceId", "/workspaces/logs"), ("appInsightsConnectionString", "InstrumentationKey=00000000-0000-0000-0000-000000000000")),
            ["keyVault"] = Outputs(("name", "puentebottest"), ("vaultUri", VaultUri)),
            ["postgres"] = Outputs(("fullyQualifiedDomainName", "puentebot-test-db.postgres.test"), ("databaseName", "puentebot")),
            ["appService"] = Outputs(("name", "puentebot-test-app"), ("defaultHostName", Host)),
            ["bot"] = Outputs(("name", "puentebot-test-bot")),
        };
    }

    private static JsonObject Context() => new()
    {
        ["subscription"] = new JsonObject { ["tenantId"] = TenantId, ["subscriptionId"] = "s" },
        ["resourceGroup"] = new JsonObject { ["id"] = "/subscriptions/s/resourceGroups/rg", ["name"] = "rg", ["location"] = "eastus2" },
    };

    [GeneratedRegex(@"^@Microsoft\.KeyVault\(SecretUri=(?<vault>https://[^/]+/)secrets/(?<name>[a-z0-9-]+)/\)$")]
    private static partial Regex KeyVaultReference();
}
