namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Texting shorthand in English and Mexican / Central American Spanish, spelled out as the words it stands for,
/// so the lexicons only need the full forms.
/// </summary>
internal static class SmsSpelling
{
    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["q"] = "que", ["ke"] = "que", ["xq"] = "porque", ["pq"] = "porque", ["porq"] = "porque", ["xk"] = "porque",
        ["tmb"] = "tambien", ["tmbn"] = "tambien", ["tb"] = "tambien", ["d"] = "de", ["x"] = "por", ["xfa"] = "por favor",
        ["porfa"] = "por favor", ["porfavor"] = "por favor", ["pa"] = "para", ["toy"] = "estoy", ["stoy"] = "estoy",
        ["sta"] = "esta", ["msj"] = "mensaje", ["msjs"] = "mensajes", ["nd"] = "nada", ["bn"] = "bien", ["grax"] = "gracias",
        ["grs"] = "gracias", ["grcs"] = "gracias", ["ola"] = "hola", ["aki"] = "aqui", ["aver"] = "a ver", ["npn"] = "no pasa nada",
        ["tqm"] = "te quiero mucho", ["hno"] = "hermano", ["hna"] = "hermana", ["mjo"] = "mijo", ["mja"] = "mija", ["dnd"] = "donde",
        ["cdo"] = "cuando", ["xa"] = "para", ["weno"] = "bueno", ["ntp"] = "no te preocupes", ["psicologa"] = "psicologo",
        ["u"] = "you", ["ur"] = "your", ["r"] = "are", ["pls"] = "please", ["plz"] = "please", ["plis"] = "please",
        ["thx"] = "thanks", ["thnx"] = "thanks", ["tnx"] = "thanks", ["ty"] = "thank you", ["tysm"] = "thank you so much",
        ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["tmw"] = "tomorrow", ["tomorow"] = "tomorrow", ["2morrow"] = "tomorrow",
        ["2day"] = "today", ["2nite"] = "tonight", ["tonite"] = "tonight", ["idk"] = "i dont know", ["b4"] = "before",
        ["bc"] = "because", ["bcuz"] = "because", ["cuz"] = "because", ["coz"] = "because", ["cause"] = "because",
        ["gonna"] = "going to", ["wanna"] = "want to", ["rn"] = "right now", ["ppl"] = "people", ["sum1"] = "someone",
        ["some1"] = "someone", ["any1"] = "anyone", ["no1"] = "no one", ["w"] = "with", ["w/"] = "with", ["wo"] = "without",
        ["im"] = "i am", ["ive"] = "i have", ["ill"] = "i will", ["hes"] = "he is", ["shes"] = "she is", ["hed"] = "he would", ["youd"] = "you would", ["theyd"] = "they would", ["its"] = "it is",
        ["theyre"] = "they are", ["ttyl"] = "talk to you later", ["yr"] = "year", ["abt"] = "about",
        ["thru"] = "through", ["nvm"] = "never mind", ["tbh"] = "to be honest", ["pic"] = "picture", ["appt"] = "appointment", ["appts"] = "appointments", ["apt"] = "appointment",
    };

    /// <summary>The words a token stands for, or the token itself.</summary>
    public static string Expand(string token) => Expansions.GetValueOrDefault(token, token);
}
