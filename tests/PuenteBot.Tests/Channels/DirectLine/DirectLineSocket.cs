using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace PuenteBot.Tests.Channels.DirectLine;

/// <summary>A client's WebSocket stream of a conversation: keeps every activity received, in order, and the last watermark.</summary>
public sealed class DirectLineSocket : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly WebSocket socket;

    private DirectLineSocket(WebSocket socket) => this.socket = socket;

    public List<JsonElement> Activities { get; } = [];

    public string Watermark { get; private set; } = string.Empty;

    public static async Task<DirectLineSocket> ConnectAsync(WebSocketClient client, Uri stream) =>
        new(await client.ConnectAsync(stream, TestContext.Current.CancellationToken));

    public static string Id(JsonElement activity) => activity.GetProperty("id").GetString()!;

    public static string? Text(JsonElement activity) => activity.TryGetProperty("text", out var text) ? text.GetString() : null;

    /// <summary>Reads frames until what arrived satisfies <paramref name="done"/>; fails after 20 seconds.</summary>
    public async Task<List<JsonElement>> ReceiveUntilAsync(Func<IReadOnlyList<JsonElement>, bool> done)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        var buffer = new byte[64 * 1024];
        while (!done(Activities))
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, timeout.Token);
                frame.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            Assert.NotEqual(WebSocketMessageType.Close, received.MessageType);
            var set = JsonDocument.Parse(frame.ToArray()).RootElement;
            Activities.AddRange(set.GetProperty("activities").EnumerateArray().Select(a => a.Clone()));
            Watermark = set.GetProperty("watermark").GetString()!;
        }

        return Activities;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The server went first.
            }
        }

        socket.Dispose();
    }
}
