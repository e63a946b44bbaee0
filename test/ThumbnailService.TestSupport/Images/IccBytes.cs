using System.Buffers.Binary;

namespace ThumbnailService.TestSupport.Images;

/// <summary>A minimal, structurally valid ICC v4 profile (header only, no tags) with a recognisable creator.</summary>
internal static class IccBytes
{
    public static byte[] Minimal()
    {
        var profile = new byte[132];
        BinaryPrimitives.WriteInt32BigEndian(profile, profile.Length);
        BinaryPrimitives.WriteInt32BigEndian(profile.AsSpan(8), 0x04300000);
        "mntr"u8.CopyTo(profile.AsSpan(12));
        "RGB "u8.CopyTo(profile.AsSpan(16));
        "XYZ "u8.CopyTo(profile.AsSpan(20));
        "acsp"u8.CopyTo(profile.AsSpan(36));
        "TEST"u8.CopyTo(profile.AsSpan(80));
        return profile;
    }
}
