namespace ThumbnailService.Codecs.Heif.Native;

/// <summary>
/// The ImageMagick policy the native library is initialised with: every coder refused except reading HEIC/HEIF/AVIF (so
/// a payload that is really SVG, MVG, PostScript or an <c>ephemeral:</c>/<c>@file</c> trick reaches no other reader),
/// no delegates (external programs), no filters, no indirect file names, no pixel cache on disk, at most 20 seconds per
/// process clock and 4 images in a list. A <c>module</c> rule is deliberately absent: "module none" also blocks the
/// statically registered HEIC coder ("not authorized ... RegisterStaticModule").
/// </summary>
internal static class MagickPolicy
{
    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <policymap>
          <policy domain="delegate" rights="none" pattern="*"/>
          <policy domain="filter" rights="none" pattern="*"/>
          <policy domain="coder" rights="none" pattern="*"/>
          <policy domain="coder" rights="read" pattern="{HEIC,HEIF,AVIF}"/>
          <policy domain="path" rights="none" pattern="@*"/>
          <policy domain="resource" name="disk" value="0"/>
          <policy domain="resource" name="time" value="20"/>
          <policy domain="resource" name="list-length" value="4"/>
        </policymap>
        """;
}
