using System.Data.Common;
using Microsoft.Extensions.Options;
using PuenteBot.Hosting.Telemetry;
using PuenteBot.Protocol;
using PuenteBot.Turns;
using PuenteBot.Turns.Middleware;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// <c>POST /api/sms/twilio</c>: checks the signature, takes each MessageSid once, runs the turn and answers with
/// TwiML. A turn that runs past <c>Sms:ReplyWithin</c> is answered empty and its replies go to the outbox in the turn's
/// own save, sent by the REST API.
/// </summary>
public sealed class TwilioWebhook(
    TwilioSignatureCheck signatures,
    SmsIdentity identity,
    ISmsStore store,
    TurnPipeline pipeline,
    SmsReplyShaper shaper,
    SmsSender sender,
    IOptions<SmsOptions> options,
    TimeProvider clock,
    ILogger<TwilioWebhook> logger)
{
    /// <summary>How long Twilio waits for the answer (15 s), less a second for the answer to travel.</summary>
    private static readonly TimeSpan TwilioWindow = TimeSpan.FromSeconds(14);

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await signatures.ReadAsync(request, cancellationToken);
        if (read.Form is not { } form)
        {
            return read.Refusal!;
        }

        if (TwilioRequest.Field(form, "From") is not { } from || TwilioRequest.Field(form, "MessageSid") is not { } sid)
        {
            return TypedResults.BadRequest("From and MessageSid are required.");
        }

        var conversationId = await identity.ConversationIdAsync(from, cancellationToken);
        if (!await TryClaimAsync(sid, conversationId, cancellationToken))
        {
            SmsLog.Duplicate(logger, sid, conversationId);
            return Twiml.Empty();
        }

        try
        {
            var contact = new SmsContact(conversationId, SmsIdentity.Normalize(from), TwilioRequest.Field(form, "To"));
            return await AnswerAsync(form, sid, contact, cancellationToken);
        }
        catch (Exception exception)
        {
            SmsLog.Failed(logger, sid, exception);
            try
            {
                await store.ReleaseMessageAsync(sid, CancellationToken.None);
            }
            catch (Exception release) when (release is DbException or TimeoutException)
            {
                SmsLog.StoreUnavailable(logger, sid, "release");
            }

            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>
    /// Takes the MessageSid once. When the database cannot be written the message is read anyway: a re-delivered
    /// duplicate answered twice costs less than a crisis message lost.
    /// </summary>
    private async Task<bool> TryClaimAsync(string sid, string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            return await store.TryClaimMessageAsync(sid, conversationId, cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or TimeoutException)
        {
            SmsLog.StoreUnavailable(logger, sid, "claim");
            return true;
        }
    }

    /// <summary>
    /// Runs the turn to the end whatever happens to the request. Its replies go back as TwiML when ready within
    /// <c>Sms:ReplyWithin</c> and Twilio is still waiting; otherwise to the outbox with the turn's save, sent by the
    /// REST API (<see cref="SmsOutboxHandover"/> makes sure each goes one way only).
    /// </summary>
    private async Task<IResult> AnswerAsync(IFormCollection form, string sid, SmsContact contact, CancellationToken requestAborted)
    {
        try
        {
            await store.SaveContactAsync(contact, CancellationToken.None);
        }
        catch (Exception exception) when (exception is DbException or TimeoutException)
        {
            SmsLog.StoreUnavailable(logger, sid, "contact");
        }

        var twilioConfirmed = TwilioConfirmedOptOut(form);
        IReadOnlyList<string> Texts(IReadOnlyList<Activity> replies) => twilioConfirmed ? [] : shaper.Texts(replies);
        var handover = new SmsOutboxHandover(contact.ConversationId, Texts);
        var turn = pipeline.ProcessAsync(Inbound(form, sid, contact), handover, CancellationToken.None);
        var replyWithin = options.Value.ReplyWithin;
        if (await Task.WhenAny(turn, Task.Delay(replyWithin, clock, CancellationToken.None)) == turn && !requestAborted.IsCancellationRequested)
        {
            return Answer(sid, contact, Texts((await turn).Replies));
        }

        // Twilio waits 15 s in all: a save caught committing the replies for the answer is waited for until then.
        using var window = new CancellationTokenSource(TwilioWindow - replyWithin, clock);
        using var twilioWaits = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, window.Token);
        if (requestAborted.IsCancellationRequested)
        {
            handover.CallerGone();
        }
        else if (!await handover.TryDeferAsync(twilioWaits.Token) && await Finished(turn, twilioWaits.Token) is { } result)
        {
            return Answer(sid, contact, Texts(result.Replies));
        }

        SmsLog.Deferred(logger, sid, contact.ConversationId);
        sender.SendWhenDone(contact, turn, handover, result => Texts(result.Replies));
        return Twiml.Empty();
    }

    private IResult Answer(string sid, SmsContact contact, IReadOnlyList<string> texts)
    {
        SmsLog.Answered(logger, sid, contact.ConversationId, texts.Count);
        PuenteBotMetrics.SmsSent("twiml", texts);
        return Twiml.Result(texts);
    }

    /// <summary>The turn's result once it ends, or null when <paramref name="cancellationToken"/> ends first.</summary>
    private static async Task<TurnResult?> Finished(Task<TurnResult> turn, CancellationToken cancellationToken)
    {
        await ((Task)turn).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return turn.IsCompletedSuccessfully ? await turn : null;
    }

    /// <summary>
    /// Twilio itself confirms its default opt-out words (and any word it reports with OptOutType=STOP) and then
    /// blocks the number, so the bot's own confirmation goes only for words Twilio does not know (the Spanish
    /// ones): one confirmation either way.
    /// </summary>
    private static bool TwilioConfirmedOptOut(IFormCollection form)
    {
        var body = TwilioRequest.Field(form, "Body");
        return TwilioRequest.Field(form, "OptOutType") == "STOP"
            || (OptOutKeywords.Match(body) == OptOutKeyword.OptOut && OptOutKeywords.IsCarrierDefault(body));
    }

    private Activity Inbound(IFormCollection form, string sid, SmsContact contact) => new()
    {
        Type = ActivityTypes.Message,
        Id = sid,
        Timestamp = clock.GetUtcNow(),
        ChannelId = ChannelIds.Sms,
        From = new ChannelAccount { Id = contact.ConversationId, Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = contact.BotNumber, Role = RoleTypes.Bot },
        Conversation = new ConversationAccount { Id = contact.ConversationId },
        Text = TwilioRequest.Field(form, "Body") ?? string.Empty,
    };
}
