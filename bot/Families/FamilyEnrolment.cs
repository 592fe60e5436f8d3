using System.Security.Cryptography;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.Sms;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Portal.Handoff;
using PuenteBot.Proactive;
using PuenteBot.Protocol;
using PuenteBot.Turns;

namespace PuenteBot.Families;

/// <summary>
/// Enrols a family (the portal's form and <c>POST /api/families</c>): stores the record, signs their web-chat
/// invitation, and for SMS links the conversation their number will have and sends the first message — who is
/// writing, how often, that rates may apply, HELP and STOP, as A2P registration expects — through the SMS outbox.
/// The family's reply then lands in that conversation, already linked, in their language.
/// </summary>
public sealed class FamilyEnrolment(
    IFamilyStore families,
    FamilyInvites invites,
    SmsIdentity identity,
    ISmsStore sms,
    IOptions<TwilioOptions> twilio,
    ConversationEditor editor,
    ProactiveSender sender,
    IStringLocalizer<Strings> strings,
    IOptions<ClinicOptions> clinic,
    TimeProvider clock,
    ILogger<FamilyEnrolment> logger)
{
    public async Task<Enrolment> EnrolAsync(EnrolmentRequest request, CancellationToken cancellationToken)
    {
        var family = request.ToRecord(NewId(), clock.GetUtcNow());
        await families.CreateAsync(family, cancellationToken);
        var token = await invites.IssueAsync(family.Id, cancellationToken);
        var queued = family is { Channel: EnrolmentRequest.Sms, Phone: { } phone } && await SendFirstSmsAsync(family, phone, cancellationToken);
        FamilyLog.Enrolled(logger, family.Id, family.Channel, family.Language, queued);
        return new Enrolment(family, $"/?lang={family.Language}&invite={Uri.EscapeDataString(token)}", queued);
    }

    /// <summary>Links a conversation to a family and marks its state, so the dialogs and the summaries know who this is.</summary>
    public static void Mark(ConversationData conversation, FamilyRecord family)
    {
        conversation.FamilyId = family.Id;
        if (!conversation.LanguageChosen)
        {
            conversation.Language = family.Language;
            conversation.LanguageChosen = true;
        }
    }

    private async Task<bool> SendFirstSmsAsync(FamilyRecord family, string phone, CancellationToken cancellationToken)
    {
        var conversationId = await identity.ConversationIdAsync(phone, cancellationToken);
        var botNumber = twilio.Value.FromNumber.Length > 0 ? twilio.Value.FromNumber : null;
        await sms.SaveContactAsync(new SmsContact(conversationId, SmsIdentity.Normalize(phone), botNumber), cancellationToken);
        await families.LinkAsync(conversationId, family.Id, cancellationToken);
        FamilyLog.Linked(logger, conversationId, family.Id, "enrolment");
        var edit = await editor.EditAsync(conversationId, async (context, token) =>
        {
            Mark(context.Conversation, family);
            if (FamilyReference.Read(context.Conversation) is null)
            {
                FamilyReference.Remember(context.Conversation, SmsFamily(conversationId, botNumber));
            }

            var from = clinic.Value.Name.Length > 0 ? clinic.Value.Name : "PuenteBot";
            var message = Activity.Message(strings.For(context.Conversation.Language ?? family.Language, "Families.FirstSms", from));
            await context.SendActivityAsync(message, token);
            return true;
        }, cancellationToken, create: true);
        if (edit is null || !await sender.SendAsync(conversationId, edit.Data, edit.Replies, cancellationToken))
        {
            FamilyLog.FirstSmsNotSent(logger, family.Id);
            return false;
        }

        return true;
    }

    /// <summary>The family's side of an SMS conversation, as the Twilio webhook addresses it, so replies go to their number.</summary>
    private static Activity SmsFamily(string conversationId, string? botNumber) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelIds.Sms,
        From = new ChannelAccount { Id = conversationId, Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = botNumber, Role = RoleTypes.Bot },
        Conversation = new ConversationAccount { Id = conversationId },
    };

    private static string NewId() => "fam-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
