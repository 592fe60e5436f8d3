namespace PuenteBot.Tests.Hosting.Telemetry;

/// <summary>
/// Tests whose OpenTelemetry providers listen process-wide (the bot's source and meter are static, ASP.NET Core's
/// and HttpClient's diagnostics too): run alone, so other tests' turns and SMS do not add to what they count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry";
}
