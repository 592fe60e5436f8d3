using System.Globalization;
using Microsoft.Extensions.Options;
using PuenteBot.Hosting.Limits;

namespace PuenteBot.Channels.DirectLine;

/// <summary>
/// The bound on Direct Line conversations (<see cref="LimitsOptions.MaxDirectLineConversations"/>): past it a new
/// conversation is refused with 503 and <c>Retry-After</c> (the clean-up interval, when idle ones make room), while
/// every conversation already open goes on as before. Counted from what this instance knows is stored
/// (<see cref="DirectLineDirectory"/>), without a database call.
/// </summary>
public sealed class DirectLineCapacity(
    DirectLineDirectory directory,
    IOptions<LimitsOptions> limits,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineCapacity> logger)
{
    /// <summary>The refusal when no new conversation may start now; null when one may.</summary>
    public IResult? Refusal(HttpResponse response)
    {
        var bound = limits.Value.MaxDirectLineConversations;
        var count = directory.Count;
        if (bound == 0 || count < bound)
        {
            return null;
        }

        LimitsLog.ConversationsFull(logger, count, bound);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(options.Value.CleanupInterval.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return DirectLineChannel.Error(StatusCodes.Status503ServiceUnavailable, "ServiceError", "Too many conversations are open; try again later.");
    }
}
