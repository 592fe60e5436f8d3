using System.Text.RegularExpressions;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.Crisis;

/// <summary>
/// What a family says inside a crisis, over <see cref="NormalizedText"/> (no accents, SMS spelled out): the words
/// that pick the help (<see cref="CrisisKinds"/>), help arriving, not knowing, a question, and the last choice.
/// English and Spanish side by side; the examples each must and must not match are in the tests.
/// </summary>
internal static class CrisisWords
{
    private const string Partner = @"(?:husband|boyfriend|girlfriend|partner|wife|ex|ex husband|ex boyfriend|ex partner|kids dad|childrens father|esposo|esposa|marido|novio|novia|pareja|ex esposo|ex pareja|exesposo|expareja|papa de (?:mis|los) (?:hijos|ninos))";
    private const string HitsEn = @"(?:hit\w*|beat\w*|punch\w*|slap\w*|chok\w*|push\w*|shov\w*|kick\w*|hurt\w*|threat\w*|attack\w*|strangl\w*|grabbed|throws? things at)";
    private const string HitsEs = @"(?:pega\w*|pego|golpe\w*|cachete\w*|pate\w*|empuj\w*|ahorc\w*|amenaz\w*|lastim\w*|maltrat\w*|agredi\w*|jalone\w*)";
    private const string Drugs = @"(?:pills|pastillas|pildoras|bleach|cloro|meds|medicine|medicina|medicinas|medicamentos?|tylenol|advil|ibuprofen\w*|paracetamol|benadryl|melatonin\w*|fentanyl|fentanilo|drugs|drogas|veneno|poison|raticida|alcohol)";

    /// <summary>Violence from a partner, or at home in front of the children, against the caregiver.</summary>
    public static readonly Regex DomesticViolence = Words(
        $@"{Partner} (?:\w+ ){{0,4}}{HitsEn} (?:me|us)|{Partner} (?:\w+ ){{0,3}}(?:me|nos) (?:esta |estaba |sigue |volvio a )?{HitsEs}|(?:me|nos) {HitsEs} (?:\w+ ){{0,3}}{Partner}"
        + $@"|{HitsEn} me (?:\w+ ){{0,4}}in front of (?:the|my|our) (?:kids|children|son|daughter)|(?:me|nos) {HitsEs} (?:\w+ ){{0,4}}(?:delante|enfrente|frente a) (?:de )?(?:los|mis|nuestros) (?:ninos|hijos)"
        + @"|domestic violence|violencia domestica|violencia intrafamiliar");

    /// <summary>Sexual abuse words: with them, a partner's violence is child abuse first (Childhelp), not only domestic violence.</summary>
    public static readonly Regex SexualAbuse = Words(@"touch\w*|toca\w*|toco|molest\w*|sexual\w*|rape\w*|viol(?:o|aron|acion|ada|ado)|porn\w*|nudes|desnud\w*|manose\w*");

    /// <summary>Something swallowed or breathed in, or a child who does not breathe or wake.</summary>
    public static readonly Regex Overdose = Words(
        $@"(?:took|taken|swallowed|drank|popped|ate|tomo|trago|se tomo|se trago|se comio|ingirio|bebio|se bebio) (?:\w+ ){{0,6}}{Drugs}"
        + @"|(?:drank|chugged|swallowed|bebio|se bebio|se tomo|se trago) (?:a |an |una |un |la |el |half a |media )?(?:whole |entera )?(?:bottle|botella|bote|frasco)"
        + @"|overdos\w*|sobredosis|od|poison\w*|envenen\w*|intoxic\w*"
        + @"|(?:not|isnt|wont|cant|no|cannot) (?:\w+ )?(?:breathing|breathe|wake|waking|respira|respirando|despierta|despertando|reacciona|reaccionando)"
        + @"|unconscious|inconsciente|(?:turning|turned|se puso|se esta poniendo) (?:\w+ )?(?:blue|purple|morad[oa]|azul)|lips (?:are|turned) blue");

    /// <summary>A child who is missing (not a missed class or visit).</summary>
    public static readonly Regex Missing = Words(
        @"(?:is|has gone|went|gone|been|go) missing(?! (?:school|class|classes|appointments?|visits?|work|days|the bus|sessions?|meals|homework|his|her))"
        + @"|missing (?:child|kid|son|daughter)|(?:cant|can not|cannot|couldnt|could not) find (?:him|her|them|my (?:son|daughter|child|kid|boy|girl))"
        + @"|no (?:lo|la|le) (?:encuentro|encontramos|encuentra|hallamos|podemos encontrar|puedo encontrar)|desaparecid\w*|desaparecio"
        + @"|(?:ran|run|has run) away|se (?:escapo|fue|salio) de (?:la )?casa|no (?:ha )?(?:regresado|vuelto|llegado) a (?:la )?casa"
        + @"|(?:hasnt|has not|didnt|did not|never) (?:come|came) home|(?:no se|dont know|do not know) (?:donde|where) (?:esta|is|she is|he is)");

    /// <summary>Eating-disorder extremes: days without food, fainting from not eating.</summary>
    public static readonly Regex EatingDisorder = Words(
        @"(?:\d+|two|three|four|five|several|dos|tres|cuatro|cinco|varios) (?:days|dias) (?:\w+ )?(?:sin comer|without eating|without food|no come)"
        + @"|(?:hasnt|has not|hadnt|havent|no ha|not) (?:eaten|comido) (?:\w+ ){0,2}(?:in|for|en) (?:a |\d+ |two |three |four |five |several |dos |tres |cuatro |cinco |varios )?(?:days?|dias|weeks?|semanas?)"
        + @"|(?:starv\w*|se mata de hambre|no quiere comer nada|refuses to eat|stopped eating|dejo de comer)"
        + @"|(?:fainted|faints|fainting|passed out|se desmayo|se desmaya|desmayos?) (?:\w+ ){0,6}(?:eat\w*|food|comer|comida|hambre|dieta|diet)");

    /// <summary>Someone holding the means to hurt (pills, a blade, a gun, a rope): inside an episode, new danger.</summary>
    public static readonly Regex Means = Words(
        $@"(?:has|have|had|holding|is holding|got|grabbed|took out|found|picked up|tiene|tenia|trae|traia|agarro|saco|encontro|con) (?:\w+ ){{0,3}}(?:{Drugs}|knife|knives|blade|blades|razor|razors|gun|guns|pistol|rope|cord|belt|cuchillo|cuchillos|navaja|navajas|cuchilla|pistola|arma|cuerda|soga|cinturon)");

    /// <summary>Help has come, or is on the way: acknowledged, never a new alarm.</summary>
    public static readonly Regex HelpArrived = Words(
        @"(?:help|911|ambulance|the ambulance|an ambulance|police|the police|cops|the cops|paramedics|the paramedics|firefighters|emts?|they|someone) (?:is |are |just |has |have )?(?:here|came|come|arrived|got here|showed up|is coming|are coming|on the way|on their way|on its way)"
        + @"|(?:we are|im|i am) (?:at|in) (?:the )?(?:hospital|er|emergency room|ambulance)"
        + @"|ya (?:llego|llegaron|esta|estan|vino|vinieron|viene|vienen) (?:aqui )?(?:la |el |los |las )?(?:ambulancia|policia|paramedicos|ayuda|bomberos|911)"
        + @"|(?:la |el |los )?(?:ambulancia|policia|paramedicos|ayuda|bomberos|911) (?:ya )?(?:llego|llegaron|esta aqui|estan aqui|vino|vinieron|viene|vienen|va en camino|esta en camino|ya viene)"
        + @"|(?:estamos|estoy|ya estamos|vamos) (?:en|al|a la|rumbo al) (?:el )?(?:hospital|emergencias|sala de emergencias|ambulancia)"
        + @"|ya (?:vienen|viene|van|va) (?:en camino|para aca|para aqui)|(?:vienen|viene|van|va|estan|esta) en camino");

    /// <summary>The family called or texted for help ("I called 911", "ya llamé al 911", "texted 988"): noted as what they did.</summary>
    public static readonly Regex Called = Words(
        @"(?:called|texted|phoned|dialed|dialled|(?:im|i am|were|we are) (?:calling|texting|on the phone with)) (?:\w+ ){0,2}(?:911|988|police|cops|ambulance|hotline|line|poison|childhelp|emergency|88788|for help)"
        + @"|(?:llame|llamamos|marque|marcamos|le marque|mande mensaje|mandamos mensaje|(?:estoy|estamos) (?:llamando|hablando con|marcando)) (?:\w+ ){0,2}(?:911|988|policia|ambulancia|linea|emergencias|toxicologia|childhelp|88788|ayuda)");

    /// <summary>The person who was the danger went away ("he left for work", "se fue a trabajar"): noted as what happened.</summary>
    public static readonly Regex PersonLeft = Words(
        @"(?:he|she|they|hes|shes|theyre|my \w+) (?:just |already |finally )?(?:left|is gone|has gone|went (?:to work|out|away)|walked out|took off|drove off|is not here|isnt here)(?: for \w+| to \w+| the house| home)? (?:already |now )?(?:\.|but|and|so)"
        + @"|(?:ya )?se (?:fue|salio|largo|marcho)(?: (?:a trabajar|al trabajo|de la casa|de aqui|a la calle))?|salio a trabajar|ya no esta (?:aqui|en (?:la )?casa)|no esta en (?:la )?casa");

    /// <summary>A safety step the family took ("I put the pills away", "guardé los cuchillos", "estoy con él"): noted as what they did.</summary>
    public static readonly Regex SafetyStep = Words(
        @"(?:i|we) (?:put|locked|hid|moved|took) (?:\w+ ){0,3}(?:away|up|pills|knife|knives|gun|meds|medicine|razors?)|(?:im|i am|we are) (?:with|staying with|sitting with) (?:him|her|them)"
        + @"|(?:guarde|escondi|guardamos|escondimos|quite|quitamos|encerre) (?:\w+ ){0,3}(?:pastillas|medicinas|medicamentos|cuchillos?|pistola|arma|navajas?)|(?:estoy|estamos|me quede|me quedo) (?:con (?:el|ella|ellos)|a su lado)");

    /// <summary>Thanks ("ok thank you", "muchas gracias"): at the last choice, taken for stopping for now.</summary>
    public static readonly Regex Thanks = Words(@"thank you|thank u|thanks|thanx|thx|ty|tysm|gracias|se lo agradezco|le agradezco|muy amable");

    /// <summary>Not knowing, or not sure: counts as not safe.</summary>
    public static readonly Regex NotKnowing = Words(
        @"i dont know|dont know|i do not know|idk|dunno|not sure|im not sure|i am not sure|maybe|i guess|perhaps|no se|no lo se|no estoy segur[oa]|tal vez|quizas?|a lo mejor|puede ser|ni idea|no tengo idea|no sabria");

    /// <summary>A hedged yes ("creo que sí", "I think so").</summary>
    public static readonly Regex ThinkSo = Words(@"i think so|think so|i believe so|creo que si|me parece que si|supongo que si|pienso que si");

    /// <summary>A question about what to do.</summary>
    public static readonly Regex Question = Words(
        @"what (?:do|should|can|must) (?:i|we) do|what now|what next|now what|what do i|how do i|where do i|should i|do i call|who do i call|que hago|que hacemos|que debo hacer|que puedo hacer|que tengo que hacer|y ahora que|ahora que hago|a quien llamo|debo llamar|como le hago|adonde (?:voy|lo llevo|la llevo)");

    public static bool IsQuestion(string? text) =>
        Question.IsMatch(NormalizedText.Of(text)) || text?.Contains('?', StringComparison.Ordinal) == true || text?.Contains('¿', StringComparison.Ordinal) == true;

    public static bool Matches(Regex words, string? text) => words.IsMatch(NormalizedText.Of(text));

    /// <summary>The normalized text without what <paramref name="words"/> match: what else the message says.</summary>
    public static string Without(Regex words, string? text) =>
        string.Join(' ', words.Replace(" " + NormalizedText.Of(text) + " ", "  ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit)));

    /// <summary>Whole words over normalized text; on the non-backtracking engine (time linear in the message) unless the pattern needs a lookahead.</summary>
    private static Regex Words(string pattern) =>
        new(" (?:" + pattern + ") ", pattern.Contains("(?!", StringComparison.Ordinal) ? RegexOptions.CultureInvariant : RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromMilliseconds(200));
}
