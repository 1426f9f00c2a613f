// A Java program using Apache Commons Net, with a PrintCommandListener on System.out.
// Usage: java FtpTransfer [-tls] [-active REPORTED-ADDRESS] [-idle SECONDS] HOST PORT USER PASSWORD
//        (get REMOTE | put LOCAL REMOTE | list DIR | mlsd DIR)
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.net.PrintCommandListener;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;

public class FtpTransfer {
    public static void main(String[] argv) throws IOException, InterruptedException {
        boolean tls = false;
        String active = null;
        int idle = 0;
        List<String> args = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            switch (argv[i]) {
                case "-tls": tls = true; break;
                case "-active": active = argv[++i]; break;
                case "-idle": idle = Integer.parseInt(argv[++i]); break;
                default: args.add(argv[i]);
            }
        }
        String host = args.get(0), user = args.get(2), password = args.get(3), action = args.get(4);
        int port = Integer.parseInt(args.get(1));

        FTPClient ftp = tls ? new FTPSClient(false) : new FTPClient();
        ftp.addProtocolCommandListener(new PrintCommandListener(new PrintWriter(System.out), true));
        ftp.connect(host, port);
        if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
            ftp.disconnect();
            System.err.println("FTP server refused connection.");
            System.exit(1);
        }
        if (!ftp.login(user, password)) {
            System.err.println("Login failed: " + ftp.getReplyString().trim());
            ftp.logout();
            ftp.disconnect();
            System.exit(1);
        }
        if (tls) {
            ((FTPSClient) ftp).execPBSZ(0);
            ((FTPSClient) ftp).execPROT("P");
        }
        if (active != null) {
            ftp.setReportActiveExternalIPAddress(active);
            ftp.enterLocalActiveMode();
        } else {
            ftp.enterLocalPassiveMode();
        }
        ftp.setFileType(FTP.BINARY_FILE_TYPE);
        Thread.sleep(idle * 1000L);

        boolean ok = true;
        switch (action) {
            case "get":
                try (OutputStream out = new FileOutputStream(args.get(5).replaceAll(".*/", ""))) {
                    ok = ftp.retrieveFile(args.get(5), out);
                }
                break;
            case "put":
                try (InputStream in = new FileInputStream(args.get(5))) {
                    ok = ftp.storeFile(args.get(6), in);
                }
                break;
            case "list":
                for (FTPFile f : ftp.listFiles(args.get(5))) System.out.println(f.getName() + " " + f.getSize());
                ok = FTPReply.isPositiveCompletion(ftp.getReplyCode());
                break;
            case "mlsd":
                for (FTPFile f : ftp.mlistDir(args.get(5))) System.out.println(f.getName() + " " + f.getSize() + " " + f.getTimestamp().getTime());
                ok = FTPReply.isPositiveCompletion(ftp.getReplyCode());
                break;
        }
        if (!ok) {
            System.err.println(action + " failed: " + ftp.getReplyString().trim());
        }
        ftp.logout();
        ftp.disconnect();
        System.exit(ok ? 0 : 1);
    }
}
