using DakarCafe.Engine.Internal.LocalPostgres;

namespace DakarCafe.Fixtures;

/// <summary>Ports for servers a test starts itself.</summary>
public static class TestPorts
{
    /// <summary>A port on 127.0.0.1 that nothing listens on right now.</summary>
    public static int FreeLoopback() => LoopbackPort.Free();
}
