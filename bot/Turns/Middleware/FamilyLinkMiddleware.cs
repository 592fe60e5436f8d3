using System.Text.Json;
using PuenteBot.Families;
using PuenteBot.Protocol;

namespace PuenteBot.Turns.Middleware;

/// <summary>
/// Links a web-chat conversation to the family the clinic enrolled: the web chat page sends the invitation from its
/// link (<c>/?invite=…</c>) with its join event (<c>{"invite": "…"}</c>); a valid one links the conversation and sets
/// the family's language before the greeting. A forged or expired invitation links nothing: the family is served as
/// any family who came unannounced. SMS conversations are linked at enrolment.
/// </summary>
public sealed class FamilyLinkMiddleware(FamilyInvites invites, IFamilyStore families, ILogger<FamilyLinkMiddleware> logger) : ITurnMiddleware
{
    public const string InviteField = "invite";

    public async Task OnTurnAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        if (Invite(context.Activity) is { } token && context.Activity.Conversation?.Id is { } conversationId)
        {
            var check = await invites.ValidateAsync(token, cancellationToken);
            if (check.FamilyId is { } familyId && await families.GetAsync(familyId, cancellationToken) is { } family)
            {
                if (context.Conversation.FamilyId != family.Id)
                {
                    await families.LinkAsync(conversationId, family.Id, cancellationToken);
                    FamilyLog.Linked(logger, conversationId, family.Id, "invitation");
                }

                FamilyEnrolment.Mark(context.Conversation, family);
            }
            else
            {
                FamilyLog.InviteRefused(logger, conversationId, check.Expired);
            }
        }

        await next();
    }

    private static string? Invite(Activity activity) =>
        activity is { Type: ActivityTypes.Event, Name: "webchat/join", Value: { ValueKind: JsonValueKind.Object } value }
        && value.TryGetProperty(InviteField, out var invite) && invite.ValueKind == JsonValueKind.String
            ? invite.GetString()
            : null;
}
