"""Writes project.qde and sources/ in the shape QualCoder 3.x exports them (src/qualcoder/refi.py of
github.com/ccbogel/QualCoder at c3204641e0a997c08219d2377eb5736cd94504bc): lower-case sources/ folder, texts
in utf-8-sig, categories as isCodable="false" codes, memos as <Description>, case variables, positions in
Python string indexes (Unicode characters). Run: python3 make.py"""
import html

A = ("Entretien avec la conseillère emploi.\n"
     "Les jeunes viennent à la mission locale par le bouche-à-oreille 😊, c’est notre meilleure publicité.\n"
     "Mais le logement reste le premier frein : sans adresse, pas de contrat.\n"
     "Le partenariat avec le CCAS fonctionne bien.\n")
B = ("Entretien avec le bailleur social.\n"
     "Les délais d’attribution dépassent deux ans pour un T2.\n"
     "La commission d’impayés commune serait une vraie opportunité.\n")

def span(text, words):
    i = text.index(words)
    return i, i + len(words)

U1, U2 = "0a6b3c10-0000-4000-8000-000000000001", "0a6b3c10-0000-4000-8000-000000000002"
CAT_F, CAT_W, CAT_O = ("0a6b3c10-0000-4000-8000-0000000000c1", "0a6b3c10-0000-4000-8000-0000000000c2",
                       "0a6b3c10-0000-4000-8000-0000000000c3")
C_BOUCHE, C_LOG, C_DELAI, C_PART, C_COMM, C_MISC = (f"0a6b3c10-0000-4000-8000-00000000010{i}" for i in range(1, 7))
SA, SB = "0a6b3c10-0000-4000-8000-0000000000a1", "0a6b3c10-0000-4000-8000-0000000000a2"
V_ROLE, V_STRUCT = "0a6b3c10-0000-4000-8000-0000000000d1", "0a6b3c10-0000-4000-8000-0000000000d2"

sels = {SA: [(span(A, "par le bouche-à-oreille 😊, c’est notre meilleure publicité"), [(C_BOUCHE, U1)]),
             (span(A, "le logement reste le premier frein : sans adresse, pas de contrat"), [(C_LOG, U1), (C_MISC, U2)]),
             (span(A, "Le partenariat avec le CCAS fonctionne bien."), [(C_PART, U2)])],
        SB: [(span(B, "Les délais d’attribution dépassent deux ans pour un T2."), [(C_DELAI, U1)]),
             (span(B, "La commission d’impayés commune serait une vraie opportunité."), [(C_COMM, U1)])]}

n = 0
def guid():
    global n
    n += 1
    return f"0a6b3c10-0000-4000-8000-{n:012d}"

def selections(src, text):
    out = ""
    for (s, e), codings in sels[src]:
        out += (f'<PlainTextSelection guid="{guid()}" startPosition="{s}" endPosition="{e}" '
                f'name="{html.escape(text[s:e])}" creatingUser="{codings[0][1]}" creationDateTime="2024-05-02T10:15:00Z">\n')
        for code, user in codings:
            out += f'<Coding guid="{guid()}" creatingUser="{user}" >\n<CodeRef targetGUID="{code}" />\n</Coding>\n'
        out += '</PlainTextSelection>\n'
    return out

xml = f'''<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="diagnostic-jeunesse.qda" origin="QualCoder 3.8.2" creatingUserGUID="{U1}" creationDateTime="2024-05-02T09:00:00Z" xmlns="urn:QDA-XML:project:1.0">
<Users>
<User guid="{U1}" name="camille" />
<User guid="{U2}" name="default" />
</Users>
<CodeBook>
<Codes>
<Code guid="{C_MISC}" name="À revoir" isCodable="true" color="#9E9E9E" />
<Code guid="{CAT_F}" name="Forces" isCodable="false">
<Description>Ce qui marche, selon les personnes interrogées.</Description>
<Code guid="{C_BOUCHE}" name="Bouche-à-oreille" isCodable="true" color="#2E7D32" />
<Code guid="{C_PART}" name="Partenariat CCAS" isCodable="true" color="#66BB6A" >
<Description>Coopération citée par les partenaires.</Description>
</Code>
</Code>
<Code guid="{CAT_W}" name="Faiblesses" isCodable="false">
<Code guid="{C_LOG}" name="Logement" isCodable="true" color="#C62828" >
<Code guid="{C_DELAI}" name="Délais d'attribution" isCodable="true" color="#E57373" />
</Code>
</Code>
<Code guid="{CAT_O}" name="Opportunités" isCodable="false">
<Code guid="{C_COMM}" name="Commission impayés" isCodable="true" color="#1565C0" />
</Code>
</Codes>
</CodeBook>
<Variables>
<Variable guid="{V_ROLE}" name="Rôle" typeOfVariable="Text" >
<Description />
</Variable>
<Variable guid="{V_STRUCT}" name="Structure" typeOfVariable="Text" >
<Description />
</Variable>
</Variables>
<Cases>
<Case guid="{guid()}" name="Conseillère emploi">
<Description />
<VariableValue>
<VariableRef targetGUID="{V_ROLE}" />
<TextValue>Agent</TextValue>
</VariableValue>
<VariableValue>
<VariableRef targetGUID="{V_STRUCT}" />
<TextValue>Mission locale</TextValue>
</VariableValue>
<SourceRef targetGUID="{SA}"/>
</Case>
<Case guid="{guid()}" name="Bailleur">
<Description>Entretien téléphonique.</Description>
<VariableValue>
<VariableRef targetGUID="{V_ROLE}" />
<TextValue>Partenaire</TextValue>
</VariableValue>
<SourceRef targetGUID="{SB}"/>
</Case>
</Cases>
<Sources>
<TextSource plainTextPath="internal://{SA}.txt" creatingUser="{U1}" creationDateTime="2024-05-02T09:05:00Z" guid="{SA}" name="conseillere-emploi.txt">
<Description>Relu avec l’enquêtée le 3 mai.</Description>
{selections(SA, A)}</TextSource>
<TextSource plainTextPath="internal://{SB}.txt" creatingUser="{U1}" creationDateTime="2024-05-02T09:06:00Z" guid="{SB}" name="bailleur.txt">
{selections(SB, B)}</TextSource>
<PictureSource path="internal://0a6b3c10-0000-4000-8000-0000000000a3.png" creatingUser="{U1}" guid="0a6b3c10-0000-4000-8000-0000000000a3" name="affiche.png">
</PictureSource>
</Sources>
<Description>Diagnostic jeunesse, vague 1.</Description>
</Project>'''
open("project.qde", "w", encoding="utf-8").write(xml)
open(f"sources/{SA}.txt", "w", encoding="utf-8-sig").write(A)
open(f"sources/{SB}.txt", "w", encoding="utf-8-sig").write(B)
