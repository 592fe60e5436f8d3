using Microsoft.Extensions.Localization;
using PuenteBot.Content.Resources;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;
using PuenteBot.Protocol;

namespace PuenteBot.Dialogs.Contact;

/// <summary>
/// Once per conversation, after an escalation of a family the clinic did not enrol (<see cref="ConversationData.FamilyId"/>
/// null): "So your care team can call you back, may I have your name and the best number to reach you? You can say
/// no." On SMS the number is known, so only the name and whether this number is the best one are asked. The answer
/// goes to <see cref="CareNotes.Contact"/>, staff-only; a no is kept and never asked again, and a number the family
/// already wrote (<see cref="Listen"/>) is used instead of asking.
/// </summary>
public sealed class ContactQuestion(IStringLocalizer<Strings> strings, BooleanRecognizer booleans, TimeProvider clock)
{
    /// <summary>True when the care team has no way to reach this family and they were not asked yet.</summary>
    public static bool Needed(ConversationData conversation) => conversation.FamilyId is null && conversation.Notes.Contact is null;

    /// <summary>Keeps a number the family wrote unasked ("call me at 555 123 4567"), so they are not asked for it again.</summary>
    public static void Listen(ITurnContext context, DateTimeOffset now)
    {
        if (context.Conversation.FamilyId is null && context.Conversation.Notes.Contact is null && PhoneNumbers.Find(context.Activity.Text) is { } phone)
        {
            context.Conversation.Notes.Contact = new ContactNote { Phone = phone.E164, PhoneWords = phone.Words, GivenAt = now };
        }
    }

    /// <summary>
    /// A name and number the family wrote before the question ("it's Dana, 617-555-0142", "me llamo Rosa, 312 555 0199"),
    /// kept as their answer so the question is not asked for what they already gave; true when a number was kept.
    /// </summary>
    public bool Keep(ITurnContext context)
    {
        if (!Needed(context.Conversation) || PhoneNumbers.Find(context.Activity.Text) is null)
        {
            return false;
        }

        var reply = ContactAnswer.Read(context.Activity.Text, booleans);
        context.Conversation.Notes.Contact = new ContactNote { Name = reply.Name, Phone = reply.Phone?.E164, PhoneWords = reply.Phone?.Words, GivenAt = clock.GetUtcNow() };
        return true;
    }

    public Task AskAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        context.Conversation.Notes.Contact = new ContactNote { AskedAt = clock.GetUtcNow() };
        return RepeatAsync(context, cancellationToken);
    }

    /// <summary>The question again, as it is still open (after a language switch or an interruption).</summary>
    public Task RepeatAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var question = Activity.Message(strings.For(context, "Contact.Ask"));
        question.InputHint = InputHints.ExpectingInput;
        return context.SendActivityAsync(question, cancellationToken);
    }

    /// <summary>Notes the reply and thanks them (or accepts the no); true when they gave a name or a way to reach them.</summary>
    public async Task<bool> AnswerAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var note = context.Conversation.Notes.Contact ??= new ContactNote { AskedAt = clock.GetUtcNow() };
        var reply = ContactAnswer.Read(context.Activity.Text, booleans);
        var sms = context.IsSms();
        var gave = !reply.Declined && (reply.Name is not null || reply.Phone is not null || (sms && reply.ThisNumber == true));
        note.Declined = !gave;
        if (gave)
        {
            note.Name = reply.Name;
            note.Phone = reply.Phone?.E164;
            note.PhoneWords = reply.Phone?.Words;
            note.SameNumber = sms && reply.Phone is null && reply.ThisNumber != false;
            note.GivenAt = clock.GetUtcNow();
        }

        await context.SendActivityAsync(Activity.Message(strings.For(context, gave ? "Contact.Thanks" : "Contact.Declined")), cancellationToken);
        return gave;
    }
}
