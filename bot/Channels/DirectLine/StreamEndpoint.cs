using System.Data.Common;
using System.Net.WebSockets;
using System.Text.Json;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// The WebSocket stream of a conversation (<c>streamUrl</c>): the activities after the client's watermark, then an
/// activity set each time the conversation gets more, from whichever instance added them (read from the database on
/// each wake-up, so every activity goes out once, in order); frames from the client (DirectLineJS's empty pings) are
/// read and ignored. One stream per conversation on an instance: a newer one ends the older. Activities this instance
/// keeps because the database did not take them follow the stored ones; while the database cannot be read, the
/// stream sends those alone, and with none it stays open and reads again (at the next wake-up, or each second).
/// </summary>
public static class StreamEndpoint
{
    /// <summary>How often a stream reads again while the database cannot be read.</summary>
    private static readonly TimeSpan OutageRetry = TimeSpan.FromSeconds(1);

    public static async Task<IResult> ConnectAsync(
        string conversationId,
        string? t,
        string? watermark,
        HttpContext http,
        DirectLineAuthorizer authorizer,
        DirectLineConversations conversations,
        DirectLineStreams streams,
        ILoggerFactory loggers)
    {
        var (grant, error) = await authorizer.ForConversationAsync(t ?? DirectLineAuthorizer.Bearer(http.Request), conversationId, http.RequestAborted);
        if (grant is null)
        {
            return error!;
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineChannel.Error(StatusCodes.Status400BadRequest, "BadArgument", "This address takes a WebSocket connection.");
        }

        conversations.Seen(grant.Conversation);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var claim = streams.Claim(conversationId, http.RequestAborted);
        var reading = IgnoreIncomingAsync(socket, claim);
        try
        {
            await SendAsync(socket, conversations, conversationId, Watermark.Parse(watermark), claim);
            await CloseAsync(socket, "ended");
        }
        catch (OperationCanceledException)
        {
            await CloseAsync(socket, http.RequestAborted.IsCancellationRequested ? "closed" : "collision");
        }
        catch (DbException exception)
        {
            DirectLineLog.StreamFailed(loggers.CreateLogger(typeof(StreamEndpoint).FullName!), conversationId, exception.GetType().Name);
            await CloseAsync(socket, "unavailable");
        }
        catch (WebSocketException)
        {
            // The client went away; nothing to close.
        }

        await reading;
        return Results.Empty;
    }

    /// <summary>Sends what is new after each wake-up until the stream is cancelled; returns when the conversation is deleted.</summary>
    private static async Task SendAsync(WebSocket socket, DirectLineConversations conversations, string conversationId, int watermark, StreamClaim claim)
    {
        while (socket.State == WebSocketState.Open)
        {
            var changed = claim.Changed;
            ActivitySet? set;
            try
            {
                set = await conversations.SinceAsync(conversationId, watermark, includeTyping: true, claim.Token);
            }
            catch (Exception exception) when (exception is DbException or TimeoutException)
            {
                // The database is failing and this instance keeps nothing for the conversation yet: stay open and read
                // again at the next wake-up (a kept crisis reply wakes it) or after a pause, rather than drop the family.
                await Task.WhenAny(changed, Task.Delay(OutageRetry, claim.Token));
                claim.Token.ThrowIfCancellationRequested();
                continue;
            }

            if (set is null)
            {
                return;
            }

            if (set.Activities.Count > 0)
            {
                var frame = JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJsonContext.Default.ActivitySet);
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, claim.Token);
            }

            watermark = Watermark.Parse(set.Watermark);
            await changed.WaitAsync(claim.Token);
        }
    }

    private static async Task IgnoreIncomingAsync(WebSocket socket, StreamClaim claim)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, claim.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            return;
        }

        await claim.EndAsync();
    }

    private static async Task CloseAsync(WebSocket socket, string reason)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
                return;
            }
        }
    }
}
