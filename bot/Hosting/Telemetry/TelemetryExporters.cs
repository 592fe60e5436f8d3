namespace PuenteBot.Hosting.Telemetry;

/// <summary>The exporters configured at start (<c>otlp</c>, <c>azuremonitor</c>): telemetry is set up only when there is one.</summary>
public sealed record TelemetryExporters(IReadOnlyList<string> Names);
