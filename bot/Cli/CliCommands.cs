namespace PuenteBot.Cli;

/// <summary>A terminal command: services of the bot, the arguments after the command's name, exit code.</summary>
public delegate Task<int> CliCommand(IServiceProvider services, string[] args, CancellationToken cancellationToken);

/// <summary>The commands of <c>dotnet run --project bot -- NAME …</c>; without one, the bot serves HTTP.</summary>
public static class CliCommands
{
    private static readonly Dictionary<string, CliCommand> Commands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["chat"] = ChatCommand.RunAsync,
        ["content"] = ContentCommand.RunAsync,
        ["classify"] = ClassifyCommand.RunAsync,
        ["portal"] = PortalCommand.RunAsync,
        ["llm"] = LlmCommand.RunAsync,
        ["nlu"] = NluCommand.RunAsync,
        ["report"] = ReportCommand.RunAsync,
    };

    public static CliCommand? Find(string[] args) =>
        args.Length > 0 && Commands.TryGetValue(args[0], out var command) ? command : null;

    /// <summary>Terminal commands write their output to stdout, so logs go to stderr and only warnings show.</summary>
    public static WebApplicationBuilder UseCliLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder;
    }
}
