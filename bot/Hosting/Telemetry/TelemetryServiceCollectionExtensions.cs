using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PuenteBot.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry traces, metrics and logs of the bot (<see cref="PuenteBotTelemetry"/>) and of HTTP in and out,
/// exported over OTLP (HTTP/protobuf) to <c>OpenTelemetry:Endpoint</c> when it is set and to Azure Monitor when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is; with neither, nothing is registered at all (no provider listens,
/// so spans are never created and measurements go nowhere). Every span and framework log line passes the redaction
/// (<see cref="TelemetryRedaction"/>, <see cref="LogRecordRedaction"/>) before any exporter sees it.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string EndpointKey = "OpenTelemetry:Endpoint";
    public const string AzureMonitorKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static WebApplicationBuilder AddPuenteBotTelemetry(this WebApplicationBuilder builder)
    {
        var endpoint = builder.Configuration[EndpointKey] is { Length: > 0 } url ? new Uri(url, UriKind.Absolute) : null;
        var azureMonitor = builder.Configuration[AzureMonitorKey] is { Length: > 0 } connection ? connection : null;
        List<string> exporters = [.. new[] { endpoint is null ? null : "otlp", azureMonitor is null ? null : "azuremonitor" }.OfType<string>()];
        if (exporters.Count == 0)
        {
            return builder;
        }

        var services = builder.Services;
        services.AddSingleton(new TelemetryExporters(exporters));
        services.AddHostedService<UrgentBacklogSampler>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(PuenteBotTelemetry.Name))
            .WithTracing(tracing =>
            {
                tracing.AddProcessor(new TelemetryRedaction()).AddSource(PuenteBotTelemetry.Name);
                if (azureMonitor is null)
                {
                    // The Azure Monitor distro adds both HTTP instrumentations itself.
                    tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(PuenteBotTelemetry.Name);
                if (azureMonitor is null)
                {
                    metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                }
            })
            .WithLogging(logging => logging.AddProcessor(new LogRecordRedaction()), options => options.IncludeScopes = false);
        if (azureMonitor is not null)
        {
            telemetry.UseAzureMonitor(options => options.ConnectionString = azureMonitor);
        }

        if (endpoint is not null)
        {
            telemetry.UseOtlpExporter(OtlpExportProtocol.HttpProtobuf, endpoint);
        }

        return builder;
    }
}
