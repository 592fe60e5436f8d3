namespace PuenteBot.Handouts;

/// <summary>The handout pages' styles: large, calm type on screens (larger on phones) and a clean printout.</summary>
internal static class HandoutStyles
{
    public const string Screen = """
        html { font-size: 125%; }
        body { margin: 0 auto; max-width: 36rem; padding: 1rem; font-family: system-ui, sans-serif;
               line-height: 1.6; color: #1b1b1b; background: #fffdf8; }
        h1 { font-size: 1.6rem; line-height: 1.25; color: #0b4f6c; }
        h2 { font-size: 1.25rem; margin-top: 1.6em; color: #0b4f6c; }
        a { color: #0b4f6c; text-decoration-thickness: 2px; }
        a:focus, button:focus { outline: 3px solid #f2a541; outline-offset: 2px; }
        nav { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
        button { font: inherit; padding: 0.4em 1em; border: 2px solid #0b4f6c; border-radius: 0.4em;
                 background: #fff; color: #0b4f6c; cursor: pointer; }
        .summary { font-size: 1.1rem; font-weight: 600; }
        footer { margin-top: 2rem; border-top: 2px solid #d9d4c7; font-size: 0.9rem; }
        .emergency { font-weight: 700; }
        @media (max-width: 40em) { html { font-size: 137.5%; } body { padding: 0.75rem; } }
        """;

    public const string Print = """
        html { font-size: 12pt; }
        body { max-width: none; background: #fff; color: #000; }
        nav, button { display: none; }
        a { color: #000; text-decoration: none; }
        main a[href^="http"]::after { content: " (" attr(href) ")"; }
        h1, h2 { color: #000; break-after: avoid; }
        p, li { orphans: 3; widows: 3; }
        """;
}
