namespace PuenteBot.Hosting.Logging;

/// <summary>The application's logger factory: framework categories (<c>Microsoft.*</c>) get a <see cref="RedactingLogger"/>, the bot's own pass straight through (they never log credentials).</summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName)
    {
        var logger = inner.CreateLogger(categoryName);
        return categoryName.StartsWith("Microsoft.", StringComparison.Ordinal) ? new RedactingLogger(logger) : logger;
    }

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
