namespace PuenteBot.Hosting.Logging;

/// <summary>Writes through to <paramref name="inner"/>, with query credentials masked (<see cref="LogRedaction"/>) in the message and the state values.</summary>
internal sealed class RedactingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception);
        var redacted = LogRedaction.Redact(message);
        var values = state as IEnumerable<KeyValuePair<string, object?>>;
        var valuesHold = values?.Any(v => v.Value is string text && !ReferenceEquals(LogRedaction.Redact(text), text)) ?? false;
        if (ReferenceEquals(redacted, message) && !valuesHold)
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
            return;
        }

        var masked = new RedactedLogState(redacted, [.. (values ?? []).Select(v => v.Value is string text ? new KeyValuePair<string, object?>(v.Key, LogRedaction.Redact(text)) : v)]);
        inner.Log(logLevel, eventId, masked, exception, static (s, _) => s.Message);
    }
}
