using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PuenteBot.Tests.Support;

/// <summary>Keeps every log line with its scopes, state values and exception, to check what reaches the logs.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new System.Text.StringBuilder($"{logLevel} {category} [{eventId.Id}] {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    line.Append($" {key}={value}");
                }
            }

            owner.scopes.ForEachScope((scope, builder) => builder.Append(" scope=").Append(scope is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(',', pairs) : scope), line);
            if (exception is not null)
            {
                line.Append(' ').Append(exception);
            }

            owner.Lines.Enqueue(line.ToString());
        }
    }
}
