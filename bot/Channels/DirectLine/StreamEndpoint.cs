using System.Net.WebSockets;
using System.Text.Json;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// The WebSocket stream of a conversation (<c>streamUrl</c>): each new activity goes out as an activity set;
/// frames from the client (DirectLineJS's empty pings) are read and ignored. One stream per conversation: a
/// newer one ends the older.
/// </summary>
public static class StreamEndpoint
{
    public static async Task<IResult> ConnectAsync(string conversationId, string? t, string? watermark, HttpContext http, DirectLineAuthorizer authorizer, DirectLineConversations conversations)
    {
        var (grant, error) = await authorizer.ForConversationAsync(t ?? DirectLineAuthorizer.Bearer(http.Request), conversationId);
        if (grant is null)
        {
            return error!;
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineChannel.Error(StatusCodes.Status400BadRequest, "BadArgument", "This address takes a WebSocket connection.");
        }

        var conversation = conversations.GetOrAdd(conversationId);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var claim = conversation.ClaimStream(http.RequestAborted);
        var reading = IgnoreIncomingAsync(socket, claim);
        try
        {
            await SendAsync(socket, conversation, Watermark.Parse(watermark), claim.Token);
        }
        catch (OperationCanceledException)
        {
            await CloseAsync(socket, http.RequestAborted.IsCancellationRequested ? "closed" : "collision");
        }
        catch (WebSocketException)
        {
            // The client went away; nothing to close.
        }

        await reading;
        return Results.Empty;
    }

    private static async Task SendAsync(WebSocket socket, DirectLineConversation conversation, int watermark, CancellationToken cancellationToken)
    {
        while (socket.State == WebSocketState.Open)
        {
            var set = conversation.Since(watermark, includeTyping: true);
            if (set.Activities.Count > 0)
            {
                var frame = JsonSerializer.SerializeToUtf8Bytes(set, DirectLineJsonContext.Default.ActivitySet);
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }

            watermark = Watermark.Parse(set.Watermark);
            await conversation.WaitForMoreAsync(watermark, cancellationToken);
        }
    }

    private static async Task IgnoreIncomingAsync(WebSocket socket, CancellationTokenSource claim)
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

        await claim.CancelAsync();
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
