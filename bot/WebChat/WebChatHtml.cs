namespace PuenteBot.WebChat;

/// <summary>The page's markup; every visible word comes in from the UI strings.</summary>
internal static class WebChatHtml
{
    public static string Build(string language, IReadOnlyDictionary<string, string> words, string allWordsJson)
    {
        string T(string key) => WebChatPage.Encode(words[key]);
        var english = language == "en" ? "true" : "false";
        var spanish = language == "es" ? "true" : "false";
        return $$"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta name="color-scheme" content="light">
              <title data-key="WebChat.Title">{{T("WebChat.Title")}}</title>
              <link rel="stylesheet" href="/app.css">
            </head>
            <body>
              <header class="top">
                <div>
                  <h1 data-key="WebChat.Title">{{T("WebChat.Title")}}</h1>
                  <p class="intro" data-key="WebChat.Intro">{{T("WebChat.Intro")}}</p>
                </div>
                <div class="languages" role="group" aria-labelledby="language-label">
                  <span id="language-label" class="visually-hidden" data-key="WebChat.LanguageLabel">{{T("WebChat.LanguageLabel")}}</span>
                  <button type="button" data-language="en" lang="en" aria-pressed="{{english}}">English</button>
                  <button type="button" data-language="es" lang="es" aria-pressed="{{spanish}}">Español</button>
                </div>
              </header>
              <p class="emergency" role="note"><span data-key="WebChat.Emergency">{{T("WebChat.Emergency")}}</span> <a class="safety" href="/safety/{{language}}" data-safety-link data-key="WebChat.SafetyLink">{{T("WebChat.SafetyLink")}}</a></p>
              <main id="webchat" aria-label="{{T("WebChat.ChatLabel")}}" data-label-key="WebChat.ChatLabel">
                <p id="status" role="status" data-key="WebChat.Loading">{{T("WebChat.Loading")}}</p>
              </main>
              <script type="application/json" id="puentebot-strings">{{allWordsJson.Replace("</", "<\\/", StringComparison.Ordinal)}}</script>
              <script src="/lib/webchat.js"></script>
              <script src="/app.js"></script>
            </body>
            </html>
            """;
    }
}
