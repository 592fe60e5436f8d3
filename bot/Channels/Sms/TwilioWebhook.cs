using System.Data.Common;
using Microsoft.Extensions.Options;
using PuenteBot.Protocol;
using PuenteBot.Turns;
using PuenteBot.Turns.Middleware;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// <c>POST /api/sms/twilio</c>: checks the signature, takes each MessageSid once, runs the turn and answers with
/// TwiML. A turn that runs past <c>Sms:ReplyWithin</c> is answered empty and its replies go to the outbox, sent by the REST API.
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
    /// <c>Sms:ReplyWithin</c> and Twilio is still waiting; otherwise through the REST API.
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
        IReadOnlyList<string> Texts(TurnResult result) => twilioConfirmed ? [] : shaper.Texts(result.Replies);
        var turn = pipeline.ProcessAsync(Inbound(form, sid, contact), CancellationToken.None);
        if (await Task.WhenAny(turn, Task.Delay(options.Value.ReplyWithin, clock, CancellationToken.None)) != turn
            || requestAborted.IsCancellationRequested)
        {
            SmsLog.Deferred(logger, sid, contact.ConversationId);
            sender.SendWhenDone(contact.ConversationId, turn, Texts);
            return Twiml.Empty();
        }

        var texts = Texts(await turn);
        SmsLog.Answered(logger, sid, contact.ConversationId, texts.Count);
        return Twiml.Result(texts);
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
