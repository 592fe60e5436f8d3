using System.Text.RegularExpressions;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// The short answers the visit conversations listen for, in either language, with or without accents, as texted
/// ("ok see u then", "alli estaremos", "can we do friday", "no puedo ir el jueves"). Read over
/// <see cref="NormalizedText.Words"/>, so "u" is "you" and "don't" is "dont". Reviewed with the barrier word lists;
/// the examples that must and must not match are in VisitWordsTests.
/// </summary>
internal static class VisitWords
{
    /// <summary>"I'll be there": a yes to the visit in the family's words.</summary>
    private static readonly string[] Confirm =
    [
        "ill be there", "i will be there", "well be there", "we will be there", "will be there", "be there", "we ll be there",
        "see you then", "see you there", "see you", "see ya", "we will come", "we are coming", "were coming", "im coming", "ill come",
        "we will go", "ill go", "we ll go", "confirm", "confirmed", "confirming", "sounds good", "yes we will", "yes i will", "count on it",
        "ahi estare", "ahi estaremos", "alli estare", "alli estaremos", "ai estare", "ai estaremos", "hay estaremos", "hay estare",
        "aqui estaremos", "ahi estamos", "alli estamos", "ai estamos", "ay estamos", "ay estaremos", "ay estare", "nos vemos", "ahi nos vemos", "alli nos vemos", "si vamos", "si voy", "voy a ir", "vamos a ir", "si vamos a ir",
        "si voy a ir", "ahi vamos a estar", "alli vamos a estar", "confirmo", "confirmado", "confirmada", "asistire", "asistiremos",
        "si asistimos", "ahi llegamos", "alli llegamos", "cuente con nosotros", "cuenten con nosotros", "si ahi estaremos",
    ];

    /// <summary>"I need another time": a wish to move the visit, whatever the reason.</summary>
    private static readonly string[] AnotherTime =
    [
        "reschedule", "re schedule", "change it", "change the time", "change the date", "change the day", "change my appointment",
        "change the appointment", "change the visit", "another day", "another time", "a different day", "a different time", "other day",
        "new time", "new appointment", "new date", "can we do", "could we do", "can we move", "could we move", "move it", "can it be",
        "cant make it", "cannot make it", "wont be there", "not be there", "no llegamos", "no vamos a llegar", "can not make it", "cant come", "cannot come", "cant go", "cannot go", "cant be there",
        "wont make it", "wont be able", "not going to make it", "not be able to", "unable to come", "i cant that day", "is there another",
        "no puedo ir", "no podemos ir", "no puedo llegar", "no podemos llegar", "no vamos a poder", "no voy a poder", "no voy a ir",
        "no vamos a ir", "no puedo ese dia", "no puedo el", "no puedo asistir", "no podemos asistir", "cambiar la cita", "cambiarla",
        "cambiar el dia", "cambiar la hora", "cambiar la fecha", "cambio de cita", "otro dia", "otra hora", "otro horario", "otra fecha",
        "otra cita", "nueva cita", "reprogramar", "reagendar", "mover la cita", "moverla", "se puede el", "podemos el", "puede ser el",
        "mejor el", "hay otro dia", "para otro dia",
        "rebook", "re book", "move this one", "move the appointment", "move my appointment", "need to move", "another appointment",
        "is there anything on", "anything on a", "cancel pls", "cancel please", "cancel it",
        "cancel this", "cancel the appointment", "cancel my appointment", "cancel the visit", "cancel this one",
        "cancelar la cita", "cancelen la cita", "cancele la cita", "cancelarla", "quiero cancelar", "quisiera cancelar",
        "pueden cambiar", "puede cambiar", "se puede cambiar", "se podra cambiar", "se podria cambiar", "la podemos cambiar",
        "la otra semana", "otra semana", "otro dia mejor", "en vez del", "en lugar del",
        "cant do monday", "cant do tuesday", "cant do wednesday", "cant do thursday", "cant do friday", "cant do saturday",
        "cant do mon", "cant do tue", "cant do tues", "cant do wed", "cant do thu", "cant do thur", "cant do thurs",
        "cant do fri", "cant do sat", "cant do today", "cant do tomorrow", "cant do that day", "cant do that time",
        "cant do this one", "cant do the",
    ];

    /// <summary>A time offered as the one that works ("can we do friday", "mejor el lunes"): with a day or time in the words, the reschedule question is not asked again.</summary>
    private static readonly string[] TimeOffered =
    [
        "can we do", "could we do", "can it be", "could it be", "how about", "what about", "instead", "is there anything on",
        "anything on a", "works better", "would work", "move it to", "change it to", "next week", "mejor el", "mejor la", "podemos el",
        "se puede el", "puede ser el", "cambiar a", "cambiarla a", "cambiarla para", "moverla a", "moverla para", "para el", "pa el",
        "la otra semana", "otra semana", "en vez del", "en lugar del", "me queda mejor", "nos queda mejor",
    ];

    /// <summary>"Her dad will take her": the visit goes ahead with someone else bringing the child (read before a wish for another time, so "yo no puedo, él sí la lleva" is a yes).</summary>
    private static readonly string[] SomeoneElseBrings =
    [
        "el la lleva", "el si la lleva", "el lo lleva", "el si lo lleva", "ella la lleva", "ella lo lleva", "ella si la lleva",
        "ella si lo lleva", "la lleva su papa", "lo lleva su papa", "la lleva su mama", "lo lleva su mama", "va ir su papa",
        "va a ir su papa", "va ir su mama", "va a ir su mama", "va a ir su abuela", "va ir su abuela", "la lleva su abuela",
        "lo lleva su abuela", "her dad will bring her", "his dad will bring him", "her dad will take her", "his dad will take him",
        "her mom will bring her", "his mom will bring him", "her mom will take her", "his mom will take him", "grandma will bring",
        "grandma will take", "my husband will bring", "my husband will take", "my wife will bring", "my wife will take",
    ];

    /// <summary>"Stop the reminders": visit reminders no more (other messages go on; STOP alone still stops them all).</summary>
    private static readonly string[] NoReminders =
    [
        "stop the reminders", "stop reminders", "stop reminding me", "stop sending reminders", "stop sending me reminders",
        "stop the visit reminders", "stop appointment reminders", "no more reminders", "no reminders", "cancel reminders",
        "cancel the reminders", "turn off reminders", "turn off the reminders", "dont want reminders", "dont want any reminders",
        "dont send reminders", "dont send me reminders", "do not send reminders", "do not want reminders", "unsubscribe from reminders",
        "no quiero recordatorios", "ya no quiero recordatorios", "no quiero los recordatorios", "ya no quiero los recordatorios",
        "no me manden recordatorios", "ya no me manden recordatorios", "no me mande recordatorios", "ya no me mande recordatorios",
        "sin recordatorios", "no mas recordatorios", "ya no mas recordatorios", "paren los recordatorios", "quiten los recordatorios",
        "quitar los recordatorios", "quitar recordatorios", "cancelar recordatorios", "cancelar los recordatorios", "basta de recordatorios",
        "dejen de mandar recordatorios", "dejen de mandarme recordatorios", "desactivar recordatorios",
    ];

    /// <summary>"Send me reminders": visit reminders wanted.</summary>
    private static readonly string[] WantReminders =
    [
        "send me reminders", "send reminders", "send me the reminders", "i want reminders", "want reminders", "i want the reminders",
        "turn on reminders", "turn on the reminders", "start reminders", "start the reminders", "reminders please", "yes reminders",
        "remind me of my visits", "remind me of the visits", "remind me of my appointments", "remind me about my appointments",
        "remind me about visits", "quiero recordatorios", "quiero los recordatorios", "si quiero recordatorios", "mandenme recordatorios",
        "mandeme recordatorios", "envienme recordatorios", "envieme recordatorios", "activar recordatorios", "activen los recordatorios",
        "recuerdenme las citas", "recuerdeme las citas", "quiero que me recuerden las citas", "recordatorios por favor", "si recordatorios",
    ];

    /// <summary>True when the family asks for no more reminders; false when they ask for them; null otherwise. "No quiero recordatorios" is a no, though it holds "quiero recordatorios".</summary>
    public static bool? RemindersWanted(string? text) =>
        Contains(text, NoRemindersPhrases) ? false : Contains(text, WantRemindersPhrases) ? true : null;

    public static bool Confirms(string? text) => Contains(text, ConfirmPhrases);

    /// <summary>Someone else brings the child: a yes to the visit, whatever else the sentence says.</summary>
    public static bool SomeoneElseComes(string? text) => Contains(text, SomeoneElseBringsPhrases);

    public static bool WantsAnotherTime(string? text) => Contains(text, AnotherTimePhrases);

    /// <summary>The words offer a time that works rather than only the one that does not ("no puedo ir el jueves" offers none).</summary>
    public static bool OffersTime(string? text) => Contains(text, TimeOfferedPhrases);

    private static readonly PhraseSet ConfirmPhrases = Phrases(Confirm);

    private static readonly PhraseSet AnotherTimePhrases = Phrases(AnotherTime);

    private static readonly PhraseSet TimeOfferedPhrases = Phrases(TimeOffered);

    private static readonly PhraseSet SomeoneElseBringsPhrases = Phrases(SomeoneElseBrings);

    private static readonly PhraseSet NoRemindersPhrases = Phrases(NoReminders);

    private static readonly PhraseSet WantRemindersPhrases = Phrases(WantReminders);

    /// <summary>The list as one <see cref="PhraseSet"/> (declared after the lists, so they are filled first).</summary>
    private static PhraseSet Phrases(string[] phrases) => new(" (?:" + string.Join('|', phrases.Select(Regex.Escape)) + ") ");

    /// <summary>Over the message's words only (a clause break is no word), so a phrase may run across one.</summary>
    private static bool Contains(string? text, PhraseSet phrases) => phrases.IsFoundIn(" " + string.Join(' ', NormalizedText.Words(text)) + " ");
}
