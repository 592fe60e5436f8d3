namespace PuenteBot.Dialogs.Recognizers;

/// <summary>
/// Words that show English or Spanish in short informal messages: function words, the family and care vocabulary
/// of PuenteBot, texting forms already spelled out by <see cref="SmsSpelling"/>, and spelling patterns for words
/// not in the lists. Words both languages use ("no", "ok", "a") are in neither list.
/// </summary>
internal static class LanguageLexicon
{
    public static readonly HashSet<string> Spanish =
    [
        "que", "de", "del", "veces", "quisiera", "la", "el", "los", "las", "y", "en", "un", "una", "unos", "unas", "por", "para", "con", "sin", "se", "lo", "le", "les",
        "su", "sus", "mi", "mis", "tu", "tus", "es", "son", "esta", "estan", "estoy", "esto", "eso", "ese", "esa", "este", "pero", "como", "cuando",
        "donde", "porque", "muy", "mas", "ya", "tambien", "tengo", "tiene", "tienen", "tenemos", "quiero", "quiere", "puedo", "puede", "pueden",
        "hay", "fue", "era", "va", "voy", "vamos", "ir", "hacer", "hace", "dice", "dijo", "digo", "sabe", "se", "si", "nada", "nadie", "algo",
        "alguien", "todo", "todos", "hijo", "hija", "hijos", "hijas", "nino", "nina", "ninos", "mama", "papa", "esposo", "esposa", "abuela",
        "hermano", "hermana", "familia", "escuela", "cita", "citas", "clinica", "terapia", "trabajo", "dinero", "carro", "casa", "dia", "dias",
        "hoy", "manana", "tarde", "noche", "semana", "hora", "hola", "gracias", "buenos", "buenas", "ayuda", "ayudeme", "favor", "necesito",
        "necesita", "creo", "siento", "miedo", "culpa", "verguenza", "otra", "otro", "vez", "bien", "mal", "peor", "mejor", "ahora", "ahorita",
        "nunca", "siempre", "tambien", "solo", "nomas", "pues", "bueno", "entonces", "aqui", "alla", "ahi", "ella", "ellos", "nosotros", "usted",
        "ustedes", "yo", "nos", "te", "ni", "mucho", "mucha", "poco", "cuanto", "cuesta", "pagar", "llevar", "llamar", "hablar", "entiendo",
        "espanol", "ingles", "sabado", "domingo", "lunes", "martes", "miercoles", "jueves", "viernes", "despues", "antes", "porfa", "dios", "oiga",
        "senora", "senor", "doctora", "quien", "cual", "cuales", "estaba", "estamos", "sea", "soy", "ser", "tener", "vida", "morir", "matar",
        "sabes", "hablo", "llego", "baja", "cancelar", "parar", "transporte", "opciones", "dejen", "parenle", "mensajes", "textos", "papeles", "saludos", "bendiciones", "morro", "chavo", "chamaco", "chamaca", "cipote", "jevo", "vaina", "chama", "chamo", "nene", "nena", "mija", "mijo", "fijese", "oye", "ay", "bendito", "guagua", "che", "re", "pal", "nel", "neta", "chido", "padre", "madre", "tonterias", "seguro", "pena", "ganas", "verguenza", "loco", "loca", "perdon", "disculpe", "mande", "claro", "dale", "andale", "sip", "nel", "orale", "neta", "chamba", "ninera",
    ];

    public static readonly HashSet<string> English =
    [
        "the", "and", "to", "of", "i", "my", "is", "it", "he", "she", "they", "we", "you", "your", "his", "her", "him", "them", "our", "for",
        "on", "with", "this", "that", "but", "not", "have", "has", "had", "can", "cant", "what", "when", "where", "why", "how", "who", "do", "does",
        "dont", "doesnt", "didnt", "wont", "will", "would", "could", "should", "be", "been", "am", "are", "was", "were", "so", "just", "about",
        "at", "from", "if", "or", "because", "get", "got", "going", "want", "wants", "need", "needs", "know", "think", "feel", "like", "said",
        "says", "say", "go", "goes", "there", "here", "all", "any", "some", "time", "day", "week", "today", "tomorrow", "tonight", "morning",
        "night", "daughter", "kid", "kids", "child", "children", "mom", "dad", "husband", "wife", "family", "school", "appointment",
        "therapy", "therapist", "work", "job", "money", "car", "ride", "bus", "help", "please", "thanks", "thank", "hi", "hello", "hey", "yes",
        "yeah", "yep", "nope", "good", "bad", "again", "anymore", "really", "very", "too", "also", "still", "never", "always", "now", "then",
        "people", "someone", "anyone", "nobody", "everything", "nothing", "something", "english", "spanish", "talk", "speak", "call", "send",
        "us", "an", "in", "into", "by", "up", "out", "keeps", "keep", "getting", "its", "im", "lol", "omg", "okay", "sorry",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "after", "before", "afternoon", "evening", "which",
        "scared", "worried", "afraid", "tired", "hurt", "kill", "die", "sure", "maybe", "much", "more", "less", "way", "back", "off",
    ];

    public static readonly string[] SpanishEndings = ["cion", "mente", "ando", "iendo", "ado", "ada", "idos", "idas", "ito", "ita", "aba", "aron", "amos", "emos", "ia", "ias", "io", "eza", "dad", "ar", "os", "as", "ciones", "nte", "rte"];

    public static readonly string[] EnglishEndings = ["ing", "tion", "ly", "ed", "ness", "ful", "ght", "th", "ck", "sh", "ous", "w", "y"];
}
