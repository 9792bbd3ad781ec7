"""Makes a small project with QualCoder's own database schema and code, then exports it with QualCoder's
RefiExport (refi.py), headless. Heavy modules unrelated to the export (AI, media, PDF) are stubbed."""
import os, sys, types, sqlite3, shutil, datetime
from pathlib import Path

SRC = Path(sys.argv[1])          # QualCoder's src/ folder
OUT = Path(sys.argv[2]).resolve()  # folder to receive the .qdpx
sys.path.insert(0, str(SRC))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PyQt6 import QtWidgets
qapp = QtWidgets.QApplication([])

class Message:  # replaces QualCoder's message box: print instead of showing a dialog
    def __init__(self, app, title, text, icon=None):
        print("QualCoder:", title, "|", text)
    def exec(self):
        return 0

helpers = types.ModuleType("qualcoder.helpers")
helpers.Message = Message
helpers.get_default_user_directory = lambda: str(Path.home())
sys.modules["qualcoder.helpers"] = helpers
ai = types.ModuleType("qualcoder.ai_llm")
ai.get_default_ai_models = lambda *a, **k: []
ai.update_ai_models = lambda *a, **k: None
sys.modules["qualcoder.ai_llm"] = ai
sys.modules["qtawesome"] = types.ModuleType("qtawesome")

from qualcoder import app as qc_app
from qualcoder import refi

application = qc_app.App()
application.settings["codername"] = "karim"
application.settings["directory"] = str(OUT)
project = OUT / "entretiens-abs.qda"
shutil.rmtree(project, ignore_errors=True)
for d in ("", "images", "audio", "video", "documents"):
    (project / d).mkdir(parents=True, exist_ok=True)
application.create_connection(str(project))
# The schema: the CREATE TABLE statements of QualCoder's __main__.py (new_project), run from that file.
main = (SRC / "qualcoder" / "__main__.py").read_text(encoding="utf-8")
start = main.index('        cur.execute(\n            "CREATE TABLE project')
end = main.index("        self.app.update_coder_names()", start)
cur = application.conn.cursor()
exec(compile("if True:\n" + main[start:end], "new_project", "exec"), {"cur": cur})
application.update_coder_names()
now = "2026-12-01 10:00:00"
cur.execute("INSERT INTO project VALUES(?,?,?,?,?,?,?,?,null,null,null)", ("v17", now, "", application.version, 0, 0, "karim", ""))

texts = {
    "entretien-ccas.txt": "Q: Comment se passe l'accès au logement ?\n"
                          "R: Les familles attendent deux ou trois ans un logement social.\n"
                          "R: Avec les associations du quartier, ça se passe bien, on s'appelle souvent.\n"
                          "Q: Et le numérique ?\n"
                          "R: Tout est en ligne maintenant, les personnes âgées ne s'en sortent pas.\n",
    "entretien-bailleur.txt": "Q: Quelles difficultés voyez-vous ?\n"
                              "R: Les impayés de loyer augmentent depuis l'envolée des factures d'énergie.\n"
                              "R: Une réunion régulière avec les bailleurs nous permettrait d'agir plus tôt. 🏠\n",
}
fid = {}
for i, (name, text) in enumerate(texts.items(), start=1):
    cur.execute("insert into source(id,name,fulltext,mediapath,memo,owner,date,av_text_id,risid) values(?,?,?,?,?,?,?,?,?)",
                (i, name, text, None, "Relu avec la personne interrogée." if i == 1 else "", "karim", now, None, None))
    (project / "documents" / name).write_text(text, encoding="utf-8")
    fid[name] = i
cats = [(1, "Faiblesses", None), (2, "Forces", None), (3, "Menaces", None), (4, "Opportunités", None), (5, "Logement", 1)]
for catid, name, sup in cats:
    cur.execute("insert into code_cat(catid,name,owner,date,memo,supercatid) values(?,?,?,?,?,?)", (catid, name, "karim", now, "", sup))
codes = [(1, "Délais", 5, "#F6A8A8", "Attente d'un logement social."), (2, "Partenariat", 2, "#8AD2A8", ""),
         (3, "Numérisation", 3, "#C0A0F0", ""), (4, "Impayés", 3, "#F0C080", ""), (5, "Coordination bailleurs", 4, "#80C0F0", ""),
         (6, "À revoir", None, "#DDDDDD", "")]
for cid, name, catid, color, memo in codes:
    cur.execute("insert into code_name(cid,name,memo,catid,owner,date,color,supercid) values(?,?,?,?,?,?,?,?)",
                (cid, name, memo, catid, "karim", now, color, None))

def code(cid, name, words, owner="karim"):
    text = texts[name]
    p0 = text.index(words)
    cur.execute("insert into code_text(cid,fid,seltext,pos0,pos1,owner,date,memo,avid,important) values(?,?,?,?,?,?,?,?,?,?)",
                (cid, fid[name], words, p0, p0 + len(words), owner, now, "", None, None))

code(1, "entretien-ccas.txt", "Les familles attendent deux ou trois ans un logement social.")
code(2, "entretien-ccas.txt", "Avec les associations du quartier, ça se passe bien")
code(3, "entretien-ccas.txt", "Tout est en ligne maintenant, les personnes âgées ne s'en sortent pas.")
code(6, "entretien-ccas.txt", "les personnes âgées ne s'en sortent pas", owner="lea")
code(4, "entretien-bailleur.txt", "Les impayés de loyer augmentent depuis l'envolée des factures d'énergie.")
code(5, "entretien-bailleur.txt", "Une réunion régulière avec les bailleurs nous permettrait d'agir plus tôt. 🏠")
cur.execute("insert into attribute_type(name,date,owner,memo,caseOrFile,valuetype) values(?,?,?,?,?,?)", ("Rôle", now, "karim", "", "case", "character"))
for caseid, cname, fname, role in ((1, "Agent CCAS", "entretien-ccas.txt", "Agent"), (2, "Bailleur", "entretien-bailleur.txt", "Partenaire")):
    cur.execute("insert into cases(caseid,name,memo,owner,date) values(?,?,?,?,?)", (caseid, cname, "", "karim", now))
    cur.execute("insert into case_text(caseid,fid,pos0,pos1,owner,date,memo) values(?,?,?,?,?,?,?)",
                (caseid, fid[fname], 0, 0, "karim", now, ""))  # pos0 = pos1 = 0: the whole file, as QualCoder links it
    cur.execute("insert into attribute(name,attr_type,value,id,date,owner) values(?,?,?,?,?,?)", ("Rôle", "case", role, caseid, now, "karim"))
cur.execute("insert into attribute_type(name,date,owner,memo,caseOrFile,valuetype) values(?,?,?,?,?,?)", ("Structure", now, "karim", "", "file", "character"))
for fname, structure in (("entretien-ccas.txt", "CCAS"), ("entretien-bailleur.txt", "Bailleur social")):
    cur.execute("insert into attribute(name,attr_type,value,id,date,owner) values(?,?,?,?,?,?)", ("Structure", "file", structure, fid[fname], now, "karim"))
application.conn.commit()

# Headless: the line-ending question keeps its default (no MAXQDA endings); the folder dialog answers OUT.
refi.RefiLineEndings.exec = lambda self: 0
QtWidgets.QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: str(OUT))

class Log:
    def append(self, s):
        print(s)

refi.RefiExport(application, Log(), "project")
print("version:", application.version)
